/**
 * What the search page does while the reader types: which edits are searched at the
 * typing pause, and which have their index fetched at once. Measured at 10,000 stories
 * (docs/performance-log.md, search bytes).
 */

/**
 * Whether the text typed so far is searched when typing pauses: not while its last word
 * is a single letter (“n”, “nong d”). Such a prefix matches much of the index, so a slow
 * typist (every key a pause) downloaded it before the words that mattered: “n” alone
 * spans 128 KB of index chunks. A space after the letter (a one-letter word, as in
 * “y tế”) or pressing Enter searches it; an empty box is handled as empty.
 */
export function searchedAsTyped(text: string): boolean {
  return !/(?:^|\s)\S$/u.test(text);
}

/**
 * Whether an edit asks Pagefind to fetch the query's index chunks at once (its `preload`),
 * ahead of the search at the typing pause: only for an edit that brings whole words, more
 * than one character at once (pasted, autofilled, or a word committed by a phone keyboard)
 * or a word ended by a space. Those chunks are the ones the coming search needs, so
 * fetching them during the pause costs no bytes and takes their fetch and decoding off
 * the wait (at 10,000 stories, results 315 → 282 ms after a query arrived in one go).
 * Letter by letter, the pause decides as before: fetching every prefix's chunks on the
 * way (“n”, “ng”, “ngu”…) cost a quick typist 1.5–3× the bytes of the same query.
 */
export function bringsWholeWords(before: string, after: string): boolean {
  if (!after.trim()) return false;
  if (after.length - before.length > 1) return true;
  return /\s$/.test(after) && !/\s$/.test(before);
}
