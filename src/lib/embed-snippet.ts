/** Size of the embedded card's frame: fits a phone column and a newspaper sidebar. */
export const EMBED_FRAME = { width: 560, height: 520 } as const;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML another site pastes to show a profile's card: one iframe, no script. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="${EMBED_FRAME.width}" height="${EMBED_FRAME.height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
