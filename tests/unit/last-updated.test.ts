import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastCommitDays } from '../../src/lib/git-dates.ts';
import { buildSite } from '../../src/lib/site.ts';
import { day, entry, vocabularies } from '../helpers/fake-site.ts';

describe('"Cập nhật lần cuối"', () => {
  test('git history gives each story file the day of its last commit, in one pass', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'dien-hinh-git-'));
    const git = (args: string[], date?: string) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git(['init', '-q']);
    await writeFile(path.join(repo, 'a.mdx'), 'một');
    await writeFile(path.join(repo, 'b.mdx'), 'hai');
    git(['add', '.']);
    git(['commit', '-qm', 'first'], '2024-03-01T10:00:00Z');
    await writeFile(path.join(repo, 'a.mdx'), 'một, sửa');
    git(['commit', '-qam', 'fix'], '2024-07-20T10:00:00Z');
    const days = lastCommitDays(repo);
    const iso = (f: string) => days.get(path.join(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo, encoding: 'utf8' }).trim(), f))?.toISOString().slice(0, 10);
    expect([iso('a.mdx'), iso('b.mdx')]).toEqual(['2024-07-20', '2024-03-01']);
  });

  test('outside a git checkout there is simply no history', async () => {
    expect(lastCommitDays(await mkdtemp(path.join(tmpdir(), 'dien-hinh-nogit-'))).size).toBe(0);
  });

  test('"updated" wins; otherwise a commit after publication; a commit before it means never updated', () => {
    const commits: Record<string, Date> = { 'co-sua': day('2024-08-01'), 'sua-truoc': day('2023-12-01'), 'ghi-ro': day('2025-01-01') };
    const site = buildSite(
      [
        entry({ id: 'co-sua', published: day('2024-01-10') }),
        entry({ id: 'sua-truoc', published: day('2024-01-10') }),
        entry({ id: 'ghi-ro', published: day('2024-01-10'), updated: day('2024-05-05') }),
      ],
      vocabularies,
      (e) => commits[e.id],
    );
    const last = (slug: string) => site.bySlug.get(slug)?.lastUpdated?.toISOString().slice(0, 10);
    expect([last('co-sua'), last('sua-truoc'), last('ghi-ro')]).toEqual(['2024-08-01', undefined, '2024-05-05']);
  });
});
