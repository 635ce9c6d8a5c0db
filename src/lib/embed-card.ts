import { vi } from '../i18n/vi.ts';
import { headBasics } from './head-basics.ts';
import { escapeAttribute as a, escapeHtml as e } from './html-escape.ts';
import type { Story } from './story.ts';

/** What the embeddable card (`/dien-hinh/<slug>/nhung/`) is made of, besides the story. */
export interface EmbedCard {
  story: Story;
  /** The profile's canonical URL, where the card's links go. */
  url: string;
  /** The card's Content-Security-Policy. */
  csp: string;
  /** The card's stylesheet and the favicon, with the base path. */
  stylesheet: string;
  favicon: string;
}

/** Whether the card shows the cover: only a cover with its description (alt text) is shown. */
export const embedShowsCover = (story: Pick<Story, 'cover' | 'coverAlt'>): boolean => Boolean(story.cover && story.coverAlt);

/** The card's `<head>`: the lines every page opens with (src/lib/head-basics.ts), then its stylesheet. */
export function embedHead({ story, csp, stylesheet, favicon }: EmbedCard): string {
  const basics = headBasics({ csp, title: vi.press.embed.pageTitle(story.title), description: story.summary, robots: 'noindex', colorScheme: 'light', favicon });
  return `${basics}<link rel="stylesheet" href="${a(stylesheet)}">`;
}

/** The text of the card (everything but the cover), inside `.embed-body`. */
export function embedBody({ story, url }: EmbedCard): string {
  const t = vi.press.embed;
  const top = story.awards[0];
  const newWindow = `<span class="visually-hidden"> ${e(t.newWindow)}</span>`;
  const link = (text: string) => `<a href="${a(url)}" target="_blank" rel="noopener">${e(text)}${newWindow}</a>`;
  return [
    `<p class="embed-eyebrow">${e(vi.kinds[story.subject.kind])} · ${e(story.locality.name)}</p>`,
    `<h1 class="embed-title">${link(story.title)}</h1>`,
    `<p class="embed-subject">${e(story.subject.name)}</p>`,
    top ? `<p class="embed-award">${e(top.award.name)} · ${top.year}</p>` : '',
    `<p class="embed-summary">${e(story.summary)}</p>`,
    story.sample ? `<p class="embed-sample">${e(vi.story.sampleBanner)}</p>` : '',
    `<p class="embed-foot">${link(t.readMore)}<span class="embed-site">${e(vi.siteName)}</span></p>`,
  ].join('');
}

/**
 * The whole card page of a story whose card shows no cover: plain HTML made from the story,
 * written by the press-files workers in a build (src/lib/press-files.ts) rather than rendered
 * by Astro page by page (1,000 such pages took ~1.8 s of Astro's pages phase). A card with a
 * cover is rendered by the route, whose `<Picture>` needs Astro; both use the head and body above.
 */
export function embedPage(card: EmbedCard): string {
  return `<!DOCTYPE html><html lang="vi"><head>${embedHead(card)}</head><body class="embed"><article class="embed-card"><div class="embed-body">${embedBody(card)}</div></article></body></html>`;
}
