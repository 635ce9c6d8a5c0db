import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

/** Where the project reads its environment: the site, its scripts, the config and the test helpers. */
const SOURCES = ['src', 'scripts', 'tests/helpers', 'tests/browser/global-setup.ts', 'astro.config.mjs'];

function files(entry: string): string[] {
  if (/\.(ts|mjs|astro)$/.test(entry)) return [entry];
  return readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f))
    .map((f) => path.join(entry, f));
}

/** Variable names read as `process.env.X`, `env.X` (an injected environment) or `env['X']`; not Vite's `import.meta.env`. */
function variablesRead(text: string): string[] {
  return [...text.matchAll(/(?<!meta\.)\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)].map((m) => (m[1] ?? m[2])!);
}

test('the reader finds variables in each way the code reads them, and nothing else', () => {
  expect(variablesRead("process.env.SITE_URL || x; env.CONTENT_DIR; process.env['REPO_URL']; env: { GITHUB_ACTIONS: '' }; import.meta.env.BASE_URL;")).toEqual([
    'SITE_URL',
    'CONTENT_DIR',
    'REPO_URL',
  ]);
});

test('the README’s table lists every environment variable the project reads', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('Biến môi trường'), readme.indexOf('## Viết một bài'));
  const listed = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
  const read = new Set(SOURCES.flatMap(files).flatMap((file) => variablesRead(readFileSync(file, 'utf8'))));
  expect(read.size).toBeGreaterThan(8);
  expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([]);
});
