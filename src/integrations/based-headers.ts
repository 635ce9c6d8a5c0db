import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { rebaseHeaders } from '../lib/rebase-headers.ts';

/**
 * public/_headers is written for a site at the root; under a base path (`BASE_PATH`)
 * its URL patterns would match nothing. This puts the base in front of them in the
 * built copy, so the embed card stays frameable and every other page stays unframeable.
 */
export function basedHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'dien-hinh:based-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const file = new URL('_headers', dir);
        const text = await readFile(file, 'utf8').catch(() => undefined);
        if (text === undefined) return;
        const rebased = rebaseHeaders(text, base);
        if (rebased !== text) await writeFile(file, rebased);
      },
    },
  };
}
