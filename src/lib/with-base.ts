import { base } from 'astro:config/client';
import { basePrefix } from './base-path.ts';

/**
 * Prefixes a site path (`/…`) with the deployment base (`BASE_PATH`: `/` or e.g. `/repo/`).
 * The base comes from Astro's own config, not `import.meta.env.BASE_URL`: Astro fills
 * `import.meta.env` from the environment too, so a variable named BASE_URL (a `.env` file,
 * a CI runner, Vitest) would silently replace it and drop the base from every link.
 */
export function withBase(path: string): string {
  return `${basePrefix(base)}${path}`;
}
