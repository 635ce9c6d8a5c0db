/**
 * Keeps only the first mention of each word in a profile's running text, for the
 * search index alone (the served page is untouched).
 *
 * Vietnamese is written a syllable at a time, and Pagefind indexes each syllable as a
 * word with every position it occurs at on every page. A story names its subject and
 * its trade again and again, so common syllables ("nông", "dân", "Nguyễn") carry a dozen
 * positions a page; at 10,000 stories those lists were most of the bytes a first query
 * fetches. The search page shows no excerpt (it reads the title and summary from the
 * metadata), so the positions only feed ranking, where the title, summary and practices
 * weigh more than repeats: the 30-query quality table stays all top-3. With the summary
 * no longer indexed twice, the first query at 10,000 stories fell from 237 to 200 KB
 * (docs/performance-log.md).
 *
 * Only the story's own text (`class="prose"`) is thinned. The title, the line above it
 * and the practices are kept whole and do not count as mentions, nor does anything inside
 * the text that carries its own weight (`data-pagefind-weight`) or that Pagefind skips
 * (`data-pagefind-ignore`, svg, script, style, form). Words are compared in lower case,
 * as Pagefind does; accented forms are different words, as they are different entries in
 * the index. A quoted phrase search (`"nông dân"`) finds phrases in the title and
 * practices, and in the text at a word's first mention only.
 */

/** Elements whose text Pagefind does not index from the running text. */
const SKIPPED_TAGS = new Set(['svg', 'script', 'style', 'form']);

/** Elements that never have a closing tag, so can never hold text. */
const VOID_TAGS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A tag, or a run of text between tags. */
const PIECE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)/g;

/** A word as Pagefind splits them (letters, marks, digits), or an entity to leave alone. */
const WORD = /&[#\w]+;|[\p{L}\p{M}\p{N}]+/gu;

function opensWholeElement(name: string, attrs: string): boolean {
  if (VOID_TAGS.has(name) || attrs.trimEnd().endsWith('/')) return false;
  return SKIPPED_TAGS.has(name) || /\sdata-pagefind-(weight|ignore)\b/.test(attrs);
}

/** An element being passed through: its tag name and how many of that name are open. */
interface Open {
  name: string;
  depth: number;
}

/** Follows one open element through a tag; returns undefined once it has closed. */
function follow(open: Open, name: string, close: string): Open | undefined {
  if (name === open.name && !VOID_TAGS.has(name)) open.depth += close ? -1 : 1;
  return open.depth === 0 ? undefined : open;
}

/** The page with every word of its running text (`class="prose"`) after its first mention removed. */
export function keepFirstMentions(html: string): string {
  const seen = new Set<string>();
  let prose: Open | undefined;
  let whole: Open | undefined;
  return html.replace(PIECE, (piece, close: string, tag: string | undefined, attrs: string, text: string | undefined) => {
    if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (!prose) {
        if (!close && /\sclass="prose"/.test(attrs) && !VOID_TAGS.has(name)) prose = { name, depth: 1 };
      } else if (whole) whole = follow(whole, name, close);
      else if (!close && opensWholeElement(name, attrs)) whole = { name, depth: 1 };
      else prose = follow(prose, name, close);
      return piece;
    }
    if (!prose || whole || text === undefined) return piece;
    return text.replace(WORD, (word) => {
      if (word.startsWith('&')) return word;
      const key = word.toLowerCase();
      if (seen.has(key)) return '';
      seen.add(key);
      return word;
    });
  });
}
