/**
 * The deployment base (`BASE_PATH`, Astro's `base`) as a path prefix: `''` at the root,
 * `/repo` under a sub-folder, whatever slashes it was written with (`repo`, `/repo/`).
 */
export function basePrefix(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/**
 * The site path of a URL path served under `base`: `/repo/dien-hinh/a/` → `/dien-hinh/a/`.
 * A path outside the base is returned unchanged (it is no page of this site).
 */
export function stripBase(pathname: string, base: string): string {
  const prefix = basePrefix(base);
  if (!prefix) return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
