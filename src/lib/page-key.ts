import { createHash } from 'node:crypto';

/** What Astro's proxy of an imported image hands out without counting it as used (see src/lib/cover-file.ts). */
type ProxiedImage = { fsPath?: unknown; clone?: unknown };

/**
 * Stands in for an imported image (a cover) with its plain copy. Astro publishes the
 * uploaded file as it is, GPS EXIF and all, when any field of the image's proxy is read
 * while rendering; JSON.stringify reads every field. `fsPath` and `clone` are free, and
 * the copy still holds `src`, which names the file by a hash of its bytes.
 */
function withoutImageReads(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as ProxiedImage).fsPath === 'string') return (value as ProxiedImage).clone ?? (value as ProxiedImage).fsPath;
  return value;
}

/**
 * A digest of everything a page shows, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key, template code and config are
 * unchanged since the last build is copied from the cache instead of rendered. Pass
 * every input the page reads; a missed one would leave a page stale, which the
 * rebuild-equals-cold-build test catches.
 */
export function pageKey(...inputs: unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(JSON.stringify(input, withoutImageReads) ?? 'undefined').update('\u0000');
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
