import { createHash } from 'node:crypto';

/**
 * A digest of everything a page shows, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key, template code and config are
 * unchanged since the last build is copied from the cache instead of rendered. Pass
 * every input the page reads; a missed one would leave a page stale, which the
 * rebuild-equals-cold-build test catches.
 */
export function pageKey(...inputs: unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(JSON.stringify(input) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}

const storyKeys = new WeakMap<object, string>();

/**
 * The key of one story object, computed once however many pages show it (a profile
 * lists six related stories: hashing their whole records on every page cost more than
 * rendering some pages).
 */
export function storyKey(story: object): string {
  let key = storyKeys.get(story);
  if (key === undefined) {
    key = pageKey(story);
    storyKeys.set(story, key);
  }
  return key;
}
