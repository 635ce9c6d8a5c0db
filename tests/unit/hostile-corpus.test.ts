/**
 * Every hostile or careless story file of the corpus, through the checker and through
 * the build's own reader (the content loader, which also renders each body to HTML):
 * what the check refuses, the build refuses with the same Vietnamese message; what it
 * accepts, the build stores, as HTML with no script in it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { verifiedStories } from '../../src/content-rules/story-safety.ts';
import { splitStory, type StorySource } from '../../src/content-rules/story-source.ts';
import { storyLoader } from '../../src/loaders/stories.ts';
import { hostileCorpus, type HostileCase } from '../fixtures/hostile-corpus.ts';
import { hostileRoot } from '../helpers/hostile-root.ts';

let corpus: HostileCase[];
beforeAll(async () => {
  corpus = await hostileCorpus();
});

/** Runs the stories loader on a root as a build would, with a store that keeps what it is given. */
async function loadStories(root: string) {
  type Entry = { id: string; data: unknown; body?: string; filePath?: string; rendered?: { html: string; metadata: { imagePaths: string[] } } };
  const entries = new Map<string, Entry>();
  const store = {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => entries.set(entry.id, entry),
    delete: (id: string) => entries.delete(id),
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

  test('each accepted story is stored as HTML that runs nothing: no script, handler or javascript: link (positive control: its text is there)', async () => {
    for (const fine of corpus.filter((c) => c.outcome === 'accepted')) {
      const root = await hostileRoot([fine]);
      const [entry] = [...(await loadStories(root)).values()];
      const html = entry!.rendered!.html;
      expect(html, fine.name).not.toMatch(/<script|<style|<object|<embed|\son[a-z]+=|javascript:|<iframe(?![^>]*src="https:\/\/www\.(youtube-nocookie|facebook)\.com\/)/i);
      const text = Object.entries(fine.files).find(([file]) => file.endsWith('.mdx'))![1] as string;
      const { body } = splitStory(text) as StorySource;
      const firstWords = body.replace(/<[^>]*>|[*_#>`[\]!]/g, ' ').trim().split(/\s+/).slice(0, 3).join(' ');
      expect(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '), fine.name).toContain(firstWords);
    }
  });

  test('the loader renders exactly the body the check read: a thematic break stays in the body, the frontmatter never reaches the page', async () => {
    const [fine] = corpus.filter((c) => c.name === 'thematic-break-mid-body');
    const entries = await loadStories(await hostileRoot([fine!]));
    const html = entries.get('duong-ke-giua-bai')!.rendered!.html;
    expect(html).toContain('<hr>');
    expect(html).toContain('Đoạn sau đường kẻ ngang.');
    expect(html).not.toContain('title:');
  });
});
