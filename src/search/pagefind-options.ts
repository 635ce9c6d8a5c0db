/**
 * How the site asks Pagefind for its index, tuned on what the first search costs a
 * reader in bytes (`npm run bench:search`; numbers in the README's performance section).
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
 * as a prefix, every chunk its prefix spans). At the default each chunk is ~23 KB
 * gzipped, so a two-word query fetched ~45 KB of index at 1,000 stories. Each chunk
 * also adds ~11 bytes to the metadata every search loads first: 1000 gives chunks of
 * ~3.5 KB for ~4 KB more metadata at 1,000 stories, and at 10,000 stories, where a
 * common word's own entry outweighs any threshold, it costs no more than the default.
 */
export const PAGEFIND_ENV: Readonly<Record<string, string>> = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '1000' };
