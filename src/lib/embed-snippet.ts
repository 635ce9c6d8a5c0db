import { escapeAttribute } from './html-escape.ts';

/**
 * Size of the embedded card's frame: fits a phone column and a newspaper sidebar. The card
 * clamps its title and summary (src/styles/embed.css), so these heights hold at any width
 * from 320 to 560 px; a card with a cover photo is taller.
 */
export const EMBED_FRAME = { width: 560, height: 520, heightWithCover: 680 } as const;

/** The HTML another site pastes to show a profile's card: one iframe, no script. */
export function embedSnippet(embedUrl: string, title: string, withCover: boolean): string {
  const height = withCover ? EMBED_FRAME.heightWithCover : EMBED_FRAME.height;
  return `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="${EMBED_FRAME.width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
