/**
 * Every hostile or careless story file of the corpus, through the checker and through
 * the build's own readers (the content loader and the MDX compiler's input): what the
 * check refuses, the build refuses with the same Vietnamese message; what it accepts,
 * the build stores.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { verifiedStories } from '../../src/content-rules/story-safety.ts';
import { storySource } from '../../src/integrations/story-source.ts';
import { storyLoader } from '../../src/loaders/stories.ts';
import { hostileCorpus, type HostileCase } from '../fixtures/hostile-corpus.ts';
import { hostileRoot } from '../helpers/hostile-root.ts';

let corpus: HostileCase[];
beforeAll(async () => {
  corpus = await hostileCorpus();
});

/** Runs the stories loader on a root as a build would, with a store that keeps what it is given. */
async function loadStories(root: string) {
  const entries = new Map<string, { data: unknown; body?: string; filePath?: string }>();
  const store = {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown; body?: string; filePath?: string }) => entries.set(entry.id, entry),
    delete: (id: string) => entries.delete(id),
    addModuleImport: () => {},
  };
  const context = {
    store,
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: { info() {}, warn() {}, error() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => String(text.length),
  };
  const loader = storyLoader(path.join(root, 'stories'));
  // Each file is read anew: nothing checked earlier in this process counts.
  verifiedStories().clear();
  await (loader.load as (c: unknown) => Promise<void>)(context);
  return entries;
}

/** What the MDX compiler would be given for a story file, or the error it raises. */
async function compilerInput(root: string, file: string): Promise<string> {
  verifiedStories().clear();
  const plugin = storySource(path.join(root, 'stories'));
  const load = plugin.load as (this: unknown, id: string) => Promise<string | null>;
  const context = { error: (message: string) => { throw new Error(message); } };
  return load.call(context, `${path.join(root, file)}?astroRenderContent`).then(String);
}

describe('the hostile corpus', () => {
  test('holds at least 60 files, both refused and accepted ones', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((c) => c.outcome === 'accepted').length).toBeGreaterThanOrEqual(5);
  });

  test('each refused file is refused by the check with its Vietnamese message, and unsafe ones by the loader with the same', async () => {
    for (const hostile of corpus.filter((c) => c.outcome === 'refused')) {
      const root = await hostileRoot([hostile]);
      const { problems } = await checkContent(root, root);
      const messages = problems.map((p) => p.message);
      expect(messages.some((m) => m.includes(hostile.says!)), `${hostile.name}: ${messages.join(' | ')}`).toBe(true);
      // Privacy and other content rules run in the check before every build; the loader repeats the safety rules.
      if (hostile.rule === 'content') continue;
      const loaded = await loadStories(root).then(
        () => 'stored',
        (error: Error) => error.message,
      );
      expect(loaded, hostile.name).toContain(hostile.says!);
      // No stack trace and no English parser text reaches the writer.
      expect(loaded, hostile.name).not.toMatch(/\n\s+at |Error:|YAMLException/);
    }
  });

  test('each accepted file passes the check and is stored by the loader (positive control)', async () => {
    for (const fine of corpus.filter((c) => c.outcome === 'accepted')) {
      const root = await hostileRoot([fine]);
      const { problems } = await checkContent(root, root);
      expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`), fine.name).toEqual([]);
      const entries = await loadStories(root);
      expect(entries.size, fine.name).toBe(1);
    }
  });

  test('drafts never enter the collection, so their pictures are never bundled (positive control: the published one is stored)', async () => {
    const [pictures] = corpus.filter((c) => c.name === 'pictures-of-every-format');
    const published = pictures!.files['stories/du-loai-anh/index.mdx'] as string;
    const draft = Object.fromEntries(
      Object.entries(pictures!.files).map(([file, content]) => [
        file.replace('du-loai-anh', 'ban-nhap'),
        file.endsWith('.mdx') ? published.replace(/^---\n/, '---\ndraft: true\n') : content,
      ]),
    );
    const root = await hostileRoot([{ ...pictures!, files: { ...pictures!.files, ...draft } }]);
    const entries = await loadStories(root);
    expect([...entries.keys()]).toEqual(['du-loai-anh']);
  });

  test('the compiler is given exactly the body the check read, and refuses what the check refuses', async () => {
    const [second] = corpus.filter((c) => c.name === 'second-yaml-block');
    const root = await hostileRoot([second!]);
    await expect(compilerInput(root, 'stories/khoi-thu-hai.mdx')).rejects.toThrow('khối “---” hay “+++” thứ hai');

    const [fine] = corpus.filter((c) => c.name === 'thematic-break-mid-body');
    const fineRoot = await hostileRoot([fine!]);
    const input = await compilerInput(fineRoot, 'stories/duong-ke-giua-bai.mdx');
    const lines = input.split('\n');
    // The frontmatter is blanked, the body keeps its line numbers, the thematic break stays.
    expect(lines[0]).toBe('---');
    expect(lines.slice(1).findIndex((l) => l === '---') + 1).toBeGreaterThan(5);
    expect(input).not.toContain('title:');
    expect(input).toContain('Đoạn sau đường kẻ ngang.');
  });
});
