import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Packages resolved from the project root (the build's working directory), not from a bundled chunk. */
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));
/** The installed @sveltia/cms (its `exports` hide package.json, so go up from its entry). */
const SVELTIA_DIR = path.resolve(path.dirname(projectRequire.resolve('@sveltia/cms')), '..');
const SVELTIA_PACKAGE = JSON.parse(readFileSync(path.join(SVELTIA_DIR, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
/** The Sveltia CMS version installed (pinned exactly in package.json). */
export const SVELTIA_VERSION = SVELTIA_PACKAGE.version;
/** The version of a dependency as Sveltia names it in its addresses (`^5.1.9` → `5.1.9`). */
function SVELTIA_DEPENDENCY(name: string): string {
  return SVELTIA_PACKAGE.dependencies[name]!.replace(/^\D/, '');
}

/** The CDN Sveltia fetches its UI strings, update check and lazy chunks from. */
const CDN = 'https://unpkg.com/@sveltia/cms';
/** Libraries it imports when a feature first needs them: `${LIBRARIES}<name>@<version>/<file>`. */
const LIBRARIES = 'https://unpkg.com/';
/** Where it asks how GitHub is doing, to show a banner on an outage. */
const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';
const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts';

/**
 * The fonts the bundle loads from a font CDN, by the address it uses, and the same file in
 * the @fontsource package pinned to that version in package.json.
 */
const FONTS = {
  [`${FONT_CDN}/source-sans-3:vf@5.3.0/latin-wght-normal.woff2`]: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  [`${FONT_CDN}/noto-mono@5.3.0/latin-400-normal.woff2`]: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  [`${FONT_CDN}/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2`]:
    '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
} as const;

/** A font's path under /quan-tri/. */
const fontPath = (file: string) => `fonts/${path.basename(file)}`;

/** Where the editor's files live in the built site, under /quan-tri/ (relative to it). */
export const EDITOR_FILES = {
  bundle: 'sveltia-cms.js',
  /** Tried first for a lazy chunk, beside the bundle (`chunks/<name>.js`). */
  reactDom: 'chunks/react-dom.js',
  /** `${CDN}/package.json`, read by the update check: the same version means no banner. */
  packageJson: 'sveltia/package.json',
  /** `${CDN}@<version>/locales/<language>.json`: every language, as the browser's decides. */
  strings: `sveltia@${SVELTIA_VERSION}/locales/`,
  githubStatus: 'sveltia/github-status.json',
  /**
   * Immutable, which a custom preview template needs (`vendor/<name>@<version>/<file>`, the
   * version Sveltia names). Other lazy libraries (maps, PDF thumbnails, code highlighting)
   * are for fields this form does not have and are not served.
   */
  immutable: `vendor/immutable@${SVELTIA_DEPENDENCY('immutable')}/dist/immutable.es.js`,
} as const;

/**
 * Replaces each key of `replacements` by its value, in one pass over the 2 MB bundle,
 * insisting each occurs exactly once: a new Sveltia version cannot slip past.
 */
export function replaceEachOnce(text: string, replacements: Record<string, string>): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new Map(Object.keys(replacements).map((from) => [from, 0]));
  const pattern = new RegExp([...found.keys()].map(escape).join('|'), 'g');
  const out = text.replace(pattern, (match) => {
    found.set(match, found.get(match)! + 1);
    return replacements[match]!;
  });
  for (const [from, times] of found) {
    if (times !== 1) throw new Error(`Sveltia CMS ${SVELTIA_VERSION}: expected "${from}" once in the bundle, found ${times}; review src/editor/sveltia-files.ts`);
  }
  return out;
}

const withoutSourceMap = (code: string) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * The Sveltia bundle as this site serves it: byte for byte the package's, except that
 * the addresses it would fetch from other sites (UI strings, update check, lazy chunks,
 * fonts, GitHub's status page) point into `editorBase` (e.g. `/quan-tri/`), where the site
 * serves those files from node_modules, and the source-map comment is dropped (the map is
 * not served). Nothing else is changed.
 */
export function sveltiaBundle(editorBase: string): string {
  const code = readFileSync(path.join(SVELTIA_DIR, 'dist/sveltia-cms.js'), 'utf8');
  return withoutSourceMap(
    replaceEachOnce(code, {
      [`\`${CDN}\``]: `\`${editorBase}sveltia\``,
      [`${LIBRARIES}\${e}`]: `${editorBase}vendor/\${e}`,
      [GITHUB_STATUS]: `${editorBase}${EDITOR_FILES.githubStatus}`,
      ...Object.fromEntries(Object.entries(FONTS).map(([url, file]) => [url, `${editorBase}${fontPath(file)}`])),
    }),
  );
}

/** Every file the editor needs besides its page and config, by path under /quan-tri/. */
export function sveltiaFiles(editorBase: string): Record<string, () => string | Buffer> {
  return {
    [EDITOR_FILES.bundle]: () => sveltiaBundle(editorBase),
    [EDITOR_FILES.reactDom]: () => withoutSourceMap(readFileSync(path.join(SVELTIA_DIR, 'dist/chunks/react-dom.js'), 'utf8')),
    [EDITOR_FILES.packageJson]: () => `${JSON.stringify({ name: '@sveltia/cms', version: SVELTIA_VERSION })}\n`,
    ...Object.fromEntries(
      readdirSync(path.join(SVELTIA_DIR, 'locales')).map((file) => [
        `${EDITOR_FILES.strings}${file}`,
        () => readFileSync(path.join(SVELTIA_DIR, 'locales', file)),
      ]),
    ),
    // The site cannot know how GitHub is doing: "unknown" is what Sveltia concludes when the
    // status page cannot be reached, and it shows no banner then.
    [EDITOR_FILES.githubStatus]: () => `${JSON.stringify({ status: { indicator: 'unknown' } })}\n`,
    [EDITOR_FILES.immutable]: () => readFileSync(projectRequire.resolve('immutable/dist/immutable.es.js')),
    ...Object.fromEntries(Object.values(FONTS).map((file) => [fontPath(file), () => readFileSync(projectRequire.resolve(file))])),
  };
}
