/**
 * How the site asks Pagefind for its index, tuned on what the first search costs a
 * reader in bytes (`npm run bench:search`; numbers in docs/performance-log.md).
 * The indexing step sets PAGEFIND_ENV in its environment before starting Pagefind (the
 * Node API starts the binary with the process environment) and passes
 * PAGEFIND_INDEX_OPTIONS to `pagefind.createIndex`.
 */

/** Options for `pagefind.createIndex`. */
export const PAGEFIND_INDEX_OPTIONS = { forceLanguage: 'vi' } as const;

/**
 * Environment for the Pagefind binary.
 *
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (Pagefind ≥ 1.5; default 20000 word positions):
 * a query fetches the index chunk holding each of its words (for the last word, typed
 * as a prefix, every chunk its prefix spans), and every chunk adds ~11 bytes to the
 * metadata each search loads first. At the default a two-word query fetched ~45 KB of
 * index at 1,000 stories; at 4000 the first query is ~102 KB there, and at 10,000
 * stories, where a common word's own entry outweighs any threshold, 4000 loads ~3 KB
 * less metadata than 1000 for the same chunks (197 against 200 KB; 10000 and the
 * default fetch larger chunks: 203 and 212 KB). Measured with `npm run bench:search`.
 */
export const PAGEFIND_ENV: Readonly<Record<string, string>> = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '4000' };
