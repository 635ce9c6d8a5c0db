/**
 * Story IDs with nothing shared to edit: new stories get their IDs from the same rule in
 * the build and in the job that writes the manifest after a merge, so two story pull
 * requests never touch the same file.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { assignStoryIds } from '../../scripts/lib/assign-ids.ts';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { newStoryIds, nextStoryId, storyIdsBySlug } from '../../src/lib/story-ids.ts';
import { BASIC_ROOT, makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

describe('new story IDs', () => {
  const manifest = [
    { id: 'DH0001', slug: 'an' },
    { id: 'DH0002', slug: 'binh-moi', redirectFrom: ['binh'] },
    { id: 'DH0005', slug: 'cu', withdrawn: new Date('2025-01-01'), reason: 'Đơn vị đề nghị gỡ bài.' },
  ];

  test('continue after the highest ID ever given, withdrawn ones included, in publication order', () => {
    const added = newStoryIds(manifest, [
      { slug: 'xuan', published: '2025-03-02' },
      { slug: 'dung', published: '2025-03-01' },
      { slug: 'an', published: '2024-01-01' },
      { slug: 'binh', published: '2024-01-01' },
      { slug: 'ba', published: '2025-03-02' },
    ]);
    // 'an' and the old slug 'binh' are claimed; DH0005 is never reused.
    expect(added).toEqual([
      { id: 'DH0006', slug: 'dung' },
      { id: 'DH0007', slug: 'ba' },
      { id: 'DH0008', slug: 'xuan' },
    ]);
    expect(nextStoryId([])).toBe('DH0001');
  });

  test('the order does not depend on the order files are listed in', () => {
    const stories = [
      { slug: 'c', published: '2025-01-01' },
      { slug: 'a', published: '2025-01-01' },
      { slug: 'b', published: '2024-12-31' },
    ];
    expect(newStoryIds([], stories)).toEqual(newStoryIds([], [...stories].reverse()));
    expect(storyIdsBySlug(manifest, stories).get('b')).toBe('DH0006');
    // A withdrawn story keeps its ID out of use but shows no page.
    expect(storyIdsBySlug(manifest, stories).has('cu')).toBe(false);
  });

  test('the check tells a new story which ID it will get, as a notice, not an error', async () => {
    const root = await makeContentRoot({
      'stories/an.mdx': storyText(validStory()),
      'data/permalinks.yaml': '[]\n',
    });
    const { problems, notices } = await checkContent(root, root);
    expect(problems).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('dự kiến DH0001')]);
  });
});

describe('two story pull requests from the same main, merged one after the other (real git)', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.invalid', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.invalid' },
    });
  const manifestOf = async (repo: string) =>
    parse(await readFile(path.join(repo, 'data/permalinks.yaml'), 'utf8')) as { id: string; slug: string }[];
  /** An officer's pull request: a branch from main adding one story folder; returns the files it touches. */
  const storyBranch = async (repo: string, branch: string, slug: string, published: string) => {
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'checkout', '-q', '-b', branch);
    await mkdir(path.join(repo, 'stories', slug), { recursive: true });
    await writeFile(path.join(repo, 'stories', slug, 'index.mdx'), storyText(validStory({ published })));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', slug);
    return git(repo, 'diff', '--name-only', 'main').trim().split('\n');
  };

  test('merge without conflict, get different IDs, and keep them', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'dien-hinh-git-'));
    await cp(BASIC_ROOT, repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'start');
    const before = await manifestOf(repo);

    // Two officers branch from the same main, each adding one story (a later one first).
    expect(await storyBranch(repo, 'bai-cua-lan', 'nguyen-thi-lan', '2025-02-10')).toEqual(['stories/nguyen-thi-lan/index.mdx']);
    expect(await storyBranch(repo, 'bai-cua-dung', 'tran-van-dung', '2025-01-05')).toEqual(['stories/tran-van-dung/index.mdx']);

    // First merge, then the job on main writes the manifest.
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--no-ff', '-m', 'Gộp bài của Lan', 'bai-cua-lan');
    const lanShown = (await checkContent(repo, repo)).notices[0]?.message;
    const [lan] = await assignStoryIds(repo);
    expect(lanShown).toContain(lan!.id);
    git(repo, 'commit', '-q', '-am', 'Cấp mã');

    // Second merge: no conflict even though main's manifest changed meanwhile.
    git(repo, 'merge', '-q', '--no-ff', '-m', 'Gộp bài của Dũng', 'bai-cua-dung');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const [dung] = await assignStoryIds(repo);
    git(repo, 'commit', '-q', '-am', 'Cấp mã');

    const after = await manifestOf(repo);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      { id: lan!.id, slug: 'nguyen-thi-lan' },
      { id: dung!.id, slug: 'tran-van-dung' },
    ]);
    expect(lan!.id).not.toBe(dung!.id);
    // Running the job again changes nothing; the check on main is clean.
    expect(await assignStoryIds(repo)).toEqual([]);
    const final = await checkContent(repo, repo);
    expect(final.problems).toEqual([]);
    expect(final.notices).toEqual([]);
  });
});
