/** What an Open Graph card shows. */
export interface OgCardData {
  title: string;
  subject: string;
  /** “Tập thể · Khoa học, công nghệ · Huyện Giao Thủy”. */
  eyebrow: string;
  /** Highest award and its year. */
  award: string;
  site: string;
  /** Shown on sample content, so a shared picture of invented people says so. */
  sampleTag?: string;
  /** Leave room on the right for the cover photo. */
  withCover: boolean;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The card's geometry in pixels and its colours (the site's light scheme, src/styles/global.css). */
export const OG_LAYOUT = {
  /** Red bar down the left edge. */
  barWidth: 16,
  /** Cover panel on the right, when there is a cover. */
  coverWidth: 440,
  /** From the card's edges (the left one includes the bar), or from the cover panel. */
  padding: { top: 52, right: 56, bottom: 48, left: 68 },
  /** Title sizes to try, largest first, until the title fits its box. */
  titleSizes: [56, 50, 44, 38, 34, 30],
  siteSize: 24,
  eyebrowSize: 24,
  subjectSize: 32,
  awardSize: 24,
  tagSize: 20,
  gap: 16,
  colours: { bg: '#fbfaf7', text: '#1d1b19', muted: '#57534e', brand: '#a1231b', accent: '#f3e6c4' },
} as const;

/** Width available to text: the card less the bar, the padding and the cover panel. */
export function textWidth(withCover: boolean): number {
  const { coverWidth, padding } = OG_LAYOUT;
  return OG_WIDTH - padding.left - padding.right - (withCover ? coverWidth : 0);
}

/** Pango markup for a run of text: escaped, in one colour. */
export function pangoSpan(text: string, colour: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<span foreground="${colour}">${escaped}</span>`;
}
