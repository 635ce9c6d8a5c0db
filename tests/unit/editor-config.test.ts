/**
 * The form editor's generated config against the checker's schema: every limit, choice and
 * required flag the form enforces is tried on the schema itself, at and just past the edge,
 * so the two cannot drift apart without a failing test.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { DATA_FILES } from '../../src/content-paths.ts';
import { editorConfig, editorConfigYaml, githubRepo, repoContentDir } from '../../src/editor/cms-config.ts';
import { replaceEachOnce, sveltiaBundle } from '../../src/editor/sveltia-files.ts';
import { checkText } from '../../src/i18n/check.ts';
import { KINDS } from '../../src/schemas/kind.ts';
import { FIRST_AWARD_YEAR } from '../../src/schemas/story-award.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { validStory } from '../helpers/story.ts';

type Field = Record<string, unknown> & { name: string; widget: string; fields?: Field[]; field?: Field };

const now = new Date();
const year = now.getUTCFullYear();
const config = editorConfig({ contentDir: 'content', repoUrl: 'https://github.com/so-ttt/dien-hinh', now });
const collections = config.collections as (Record<string, unknown> & { name: string })[];
const stories = collections.find((c) => c.name === 'stories')!;
const fields = stories.fields as Field[];
const schema = storySchema({ image: () => z.string() });

/** A valid story, published this year so any award year up to this one is allowed. */
const base = () =>
  validStory({
    published: `${year}-01-01`,
    visit: { host: 'Hội Nông dân xã Giao Hòa', arrangements: 'Đón khách vào đầu vụ, đăng ký trước qua Hội.' },
    followUps: [{ date: `${year}-01-01`, text: 'Hai xã lân cận đến học và làm theo mô hình.' }],
    practices: ['Chọn hạt giống từ những bông lúa tốt nhất.'],
  }) as Record<string, unknown>;

/** Every form field with its dotted path (`awards.year`; a list's single field is `practices.*`). */
function walk(list: Field[], prefix = ''): [string, Field][] {
  return list.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const inner = f.fields ? walk(f.fields, `${path}.`) : f.field ? [[`${path}.*`, f.field] as [string, Field]] : [];
    return [[path, f] as [string, Field], ...inner];
  });
}
const byPath = new Map(walk(fields));

/** The story with `value` at a dotted path (list items: the first one); `undefined` removes it. */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const story = structuredClone(base());
  const keys = path.split('.');
  let node: Record<string, unknown> = story;
  keys.slice(0, -1).forEach((key, i) => {
    const next = node[key];
    // Step into a list's first item, unless the list itself is what `*` addresses.
    node = (Array.isArray(next) && keys[i + 1] !== '*' ? next[0] : next) as Record<string, unknown>;
  });
  const last = keys.at(-1)!;
  if (last === '*') {
    (node as unknown as unknown[])[0] = value;
  } else if (value === undefined) delete node[last];
  else node[last] = value;
  return story;
}

const accepts = (story: Record<string, unknown>) => schema.safeParse(story).success;

describe('editor config', () => {
  test('the base story is valid, so each change below is what decides', () => {
    expect(schema.safeParse(base()).error).toBeUndefined();
  });

  test('offers every field of the story schema except sample, and the body', () => {
    const schemaKeys = Object.keys(schema.shape).filter((k) => k !== 'sample');
    expect(fields.map((f) => f.name)).toEqual([...schemaKeys, 'body']);
    expect(byPath.has('sample')).toBe(false);
    expect(byPath.get('subject')!.fields!.map((f) => f.name)).toEqual(Object.keys(schema.shape.subject.shape));
    expect(byPath.get('visit')!.fields!.map((f) => f.name)).toEqual(Object.keys(schema.shape.visit.unwrap().shape));
    expect(byPath.get('awards')!.fields!.map((f) => f.name)).toEqual(Object.keys(schema.shape.awards.element.shape));
    expect(byPath.get('followUps')!.fields!.map((f) => f.name)).toEqual(Object.keys(schema.shape.followUps.unwrap().element.shape));
  });

  test('every text length the form allows is exactly what the schema allows', () => {
    const texts = [...byPath].filter(([, f]) => f.minlength !== undefined || f.maxlength !== undefined);
    expect(texts.map(([p]) => p)).toEqual(
      expect.arrayContaining(['title', 'subject.name', 'summary', 'coverAlt', 'coverCredit', 'practices.*', 'visit.host', 'followUps.text']),
    );
    for (const [path, f] of texts) {
      const min = f.minlength as number;
      const max = f.maxlength as number;
      expect(accepts(withValue(path, 'a'.repeat(max))), `${path} at ${max}`).toBe(true);
      expect(accepts(withValue(path, 'a'.repeat(max + 1))), `${path} at ${max + 1}`).toBe(false);
      expect(accepts(withValue(path, 'a'.repeat(min))), `${path} at ${min}`).toBe(true);
      expect(accepts(withValue(path, 'a'.repeat(min - 1))), `${path} at ${min - 1}`).toBe(false);
    }
  });

  test('a field is required in the form exactly when the schema needs it', () => {
    for (const [path, f] of byPath) {
      if (path === 'body' || path.endsWith('.*')) continue;
      expect(accepts(withValue(path, undefined)), `${path} left out`).toBe(f.required !== true);
    }
  });

  test('list sizes match: at least one award, at most 8 practices and 12 follow-ups', () => {
    const awards = byPath.get('awards')!;
    const practices = byPath.get('practices')!;
    const followUps = byPath.get('followUps')!;
    expect([awards.min, practices.max, followUps.max]).toEqual([1, 8, 12]);
    const award = (base().awards as unknown[])[0];
    expect(accepts(withValue('awards', []))).toBe(false);
    expect(accepts(withValue('awards', [award]))).toBe(true);
    for (const [name, f, item] of [
      ['practices', practices, 'Một cách làm cụ thể, viết thành câu.'],
      ['followUps', followUps, { date: `${year}-01-01`, text: 'Hai xã lân cận đến học và làm theo.' }],
    ] as const) {
      const max = f.max as number;
      expect(accepts(withValue(name, Array(max).fill(item))), `${name} × ${max}`).toBe(true);
      expect(accepts(withValue(name, Array(max + 1).fill(item))), `${name} × ${max + 1}`).toBe(false);
    }
  });

  test('award years run from the first award year to this year, as the schema allows', () => {
    const f = byPath.get('awards.year')!;
    expect([f.min, f.max, f.value_type]).toEqual([FIRST_AWARD_YEAR, year, 'int']);
    expect(accepts(withValue('awards.year', f.min))).toBe(true);
    expect(accepts(withValue('awards.year', (f.min as number) - 1))).toBe(false);
    expect(accepts(withValue('awards.year', f.max))).toBe(true);
    expect(accepts(withValue('awards.year', (f.max as number) + 1))).toBe(false);
    expect(accepts(withValue('awards.year', 2020.5))).toBe(false);
  });

  test('the kinds offered are the schema’s, and nothing else passes', () => {
    const options = (byPath.get('subject.kind')!.options as { value: string }[]).map((o) => o.value);
    expect(options).toEqual([...KINDS]);
    for (const kind of options) expect(accepts(withValue('subject.kind', kind))).toBe(true);
    expect(accepts(withValue('subject.kind', 'doanh-nghiep'))).toBe(false);
  });

  test('toggles default as the schema does', () => {
    for (const name of ['featured', 'draft'] as const) {
      expect(byPath.get(name)!.default).toBe(schema.shape[name].parse(undefined));
    }
  });

  test('field, place, award and movement are chosen from the vocabulary files, by id', () => {
    const vocabularies = collections.find((c) => c.name === 'danh-muc')!;
    expect(vocabularies.hide).toBe(true);
    const files = vocabularies.files as { name: keyof typeof DATA_FILES; file: string; fields: Field[] }[];
    for (const [path, file] of [['field', 'fields'], ['locality', 'localities'], ['awards.award', 'awards'], ['movement', 'movements']] as const) {
      const f = byPath.get(path)!;
      expect([f.widget, f.collection, f.file, f.value_field]).toEqual(['relation', 'danh-muc', file, 'items.*.id']);
      const entry = files.find((x) => x.name === file)!;
      expect(entry.file).toBe(`content/${DATA_FILES[file]}`);
      expect(entry.fields[0]).toMatchObject({ name: 'items', widget: 'list', root: true });
    }
  });

  test('saves a folder story per pull request, with an ASCII slug and the cover beside it', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'so-ttt/dien-hinh', branch: 'main', auth_methods: ['token'] },
      publish_mode: 'editorial_workflow',
      slug: { encoding: 'ascii', clean_accents: true },
      media_libraries: { stock_assets: { providers: [] } },
    });
    expect(stories).toMatchObject({
      folder: 'content/stories',
      path: '{{slug}}/index',
      extension: 'mdx',
      media_folder: '',
      public_folder: '.',
      slug: '{{fields.subject.name}}',
    });
    expect(byPath.get('cover')).toMatchObject({ widget: 'image', choose_url: false });
    expect(editorConfigYaml({ contentDir: 'content', now })).toMatch(/^# Generated at build time/);
  });

  test('reads the repository from REPO_URL and refuses anything but a github.com repository', () => {
    expect(githubRepo('https://github.com/a-b/c.d')).toBe('a-b/c.d');
    expect(githubRepo('https://github.com/a/b.git')).toBe('a/b');
    // REPO_URL may be any web address (GitHub Enterprise, say); the editor talks to api.github.com only.
    for (const url of ['https://gitlab.com/a/b', 'https://github.example.org/a/b', 'https://github.com/a']) {
      expect(() => githubRepo(url), url).toThrow(checkText.editorNeedsGitHub(url));
    }
  });

  test('names the content folder as the repository does, and falls back outside it', () => {
    expect(repoContentDir('/repo/content', '/repo')).toBe('content');
    expect(repoContentDir('/repo/tests/fixtures/basic', '/repo')).toBe('tests/fixtures/basic');
    expect(repoContentDir('/tmp/x', '/repo')).toBe('content');
  });

  test('each address in the bundle is replaced exactly once; one missing or repeated stops the build, named', () => {
    const replacements = { 'https://a.test/$x': '/quan-tri/a', 'https://b.test/(b)': '/quan-tri/b' };
    expect(replaceEachOnce('x https://a.test/$x y https://b.test/(b) z', replacements)).toBe('x /quan-tri/a y /quan-tri/b z');
    expect(() => replaceEachOnce('x https://a.test/$x y', replacements)).toThrow(/expected "https:\/\/b\.test\/\(b\)" once in the bundle, found 0/);
    expect(() => replaceEachOnce('https://a.test/$x https://b.test/(b) https://a.test/$x', replacements)).toThrow(/expected "https:\/\/a\.test\/\$x" once in the bundle, found 2/);
  });

  test('the served bundle fetches nothing from other sites', () => {
    const code = sveltiaBundle('/quan-tri/');
    expect(code).not.toMatch(/https:\/\/unpkg\.com\/(@sveltia\/cms|\$\{e\})|cdn\.jsdelivr\.net\/fontsource|githubstatus\.com\/api/);
    expect(code).toContain('`/quan-tri/sveltia`');
    expect(code).not.toContain('sourceMappingURL');
  });
});
