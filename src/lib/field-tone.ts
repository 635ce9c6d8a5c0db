/** How many colour tones cover-less cards cycle through (`.tone-1` … in global.css). */
export const TONE_COUNT = 6;

/**
 * The colour tone (1 to TONE_COUNT) of a field's cards that have no cover photo:
 * derived from the field's id, so a field looks the same on every page and a
 * field added to the vocabulary gets a tone without touching the CSS.
 */
export function fieldTone(fieldId: string): number {
  let hash = 0;
  for (const char of fieldId) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return (hash % TONE_COUNT) + 1;
}
