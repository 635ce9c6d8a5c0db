const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML: `&`, `<`, `>`, `"` and `'` escaped, as Astro escapes expressions. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * An attribute value made safe inside double quotes: `&`, `<`, `>` and `"` escaped (Astro
 * escapes only `&` and `"` there; no markup survives in the file either way). Single
 * quotes stay, so a Content-Security-Policy reads as written.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
