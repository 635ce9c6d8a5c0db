/**
 * The bench's peer: Starlight (Astro + MDX + Pagefind, the framework's own
 * documentation generator), built from the same generated story files.
 *
 * Starlight is not a dependency of the project: it is installed once into a
 * scratch folder (node_modules/.cache/bench-starlight-<version>/, wiped by
 * `npm ci`) with the same Astro, MDX and sharp versions as the site, so the
 * comparison measures the two sites, not two Astro releases.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAstroConfig } from './projects.ts';
import { adoptLeftovers, moveAside } from './set-aside.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STARLIGHT_VERSION = '0.42.4';

async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** Runs npm with the project's Node 24 first on PATH (install scripts need it). */
function npm(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PATH: `${path.join(PROJECT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm ${args.join(' ')} exited with ${code}`))));
  });
}

/** The scratch folder holding Starlight's node_modules; installs it on first use. */
export async function ensureStarlight(): Promise<string> {
  const versions = {
    '@astrojs/starlight': STARLIGHT_VERSION,
    astro: await installedVersion('astro'),
    '@astrojs/mdx': await installedVersion('@astrojs/mdx'),
    sharp: await installedVersion('sharp'),
  };
  const key = Object.values(versions).join('-');
  const dir = path.join(PROJECT, 'node_modules/.cache', `bench-starlight-${key}`);
  if (await exists(path.join(dir, 'node_modules/@astrojs/starlight/package.json'))) {
    await adoptLeftovers(dir);
    return dir;
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: versions }, null, 2)}\n`);
  console.log(`installing Starlight ${STARLIGHT_VERSION} (astro ${versions.astro}) into ${path.relative(PROJECT, dir)}…`);
  await npm(dir, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  return dir;
}

/**
 * Makes the scratch folder a Starlight site whose docs are a copy of `storiesDir`
 * (Starlight reads src/content/docs only). The site lives beside its own
 * node_modules: Astro fails to compile Starlight's components through symlinks
 * into a folder outside the project. Its defaults are kept: the sidebar lists
 * every page, and Pagefind indexes every page, as a new Starlight site does.
 */
export async function writeStarlight(dir: string, storiesDir: string): Promise<void> {
  // Moved aside, not deleted: Astro would otherwise empty dist/ inside the measured build (./set-aside.ts).
  for (const old of ['src', 'dist', '.astro']) await moveAside(path.join(dir, old));
  await mkdir(path.join(dir, 'src/content'), { recursive: true });
  await cp(storiesDir, path.join(dir, 'src/content/docs'), { recursive: true });
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    benchAstroConfig(
      "import starlight from '@astrojs/starlight';",
      "starlight({ title: 'Điển hình (bench)', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } } })",
    ),
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
}
