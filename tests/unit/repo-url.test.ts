import { mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_REPO_URL } from '../../src/config.ts';
import { gitRemoteUrl } from '../../src/lib/git-remote.ts';
import { githubRepoUrl } from '../../src/lib/github-repo-url.ts';
import { resolveRepoUrl } from '../../src/lib/resolve-repo-url.ts';

describe('a git remote as a repository address', () => {
  test.each([
    ['git@github.com:so-tt/dien-hinh.git', 'https://github.com/so-tt/dien-hinh'],
    ['git@github.com:so-tt/dien-hinh', 'https://github.com/so-tt/dien-hinh'],
    ['https://github.com/so-tt/dien-hinh.git', 'https://github.com/so-tt/dien-hinh'],
    ['https://github.com/so-tt/dien-hinh', 'https://github.com/so-tt/dien-hinh'],
    ['https://github.com/so-tt/dien-hinh/', 'https://github.com/so-tt/dien-hinh'],
    ['ssh://git@github.com/so-tt/dien-hinh.git', 'https://github.com/so-tt/dien-hinh'],
    ['git://github.com/so-tt/dien.hinh_2.git', 'https://github.com/so-tt/dien.hinh_2'],
    ['  https://github.com/So-TT/Dien-Hinh.git\n', 'https://github.com/So-TT/Dien-Hinh'],
  ])('%s → %s', (remote, url) => {
    expect(githubRepoUrl(remote)).toBe(url);
  });

  test('drops a user name or token written into the remote: the address is published', () => {
    expect(githubRepoUrl('https://x-access-token:ghp_abc123@github.com/so-tt/dien-hinh.git')).toBe('https://github.com/so-tt/dien-hinh');
    expect(githubRepoUrl('https://ai-do@github.com/so-tt/dien-hinh')).toBe('https://github.com/so-tt/dien-hinh');
  });

  test.each([
    undefined,
    '',
    '   ',
    'khong phai dia chi',
    '/home/ai-do/dien-hinh.git',
    'file:///home/ai-do/dien-hinh.git',
    '../dien-hinh',
    'https://gitlab.com/so-tt/dien-hinh.git',
    'git@gitlab.com:so-tt/dien-hinh.git',
    'https://github.com.evil.test/so-tt/dien-hinh.git',
    'https://notgithub.com/so-tt/dien-hinh.git',
    'https://github.com/so-tt',
    'https://github.com/so-tt/dien-hinh/tree/main',
    'git@github.com:so-tt.git',
    'git@github.com:-so-tt/dien-hinh.git',
    'git@github.com:so--tt/dien-hinh.git',
    'https://github.com/so-tt/.git',
    'https://github.com/so-tt/dien hinh',
  ])('%j is not a github.com repository', (remote) => {
    expect(githubRepoUrl(remote)).toBeUndefined();
  });
});

describe('which repository correction requests go to', () => {
  const remote = (url?: string) => () => url;
  const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'to-chuc/kho-actions' };

  test('REPO_URL comes first, without a trailing slash, and a pasted remote is converted', () => {
    expect(resolveRepoUrl({ REPO_URL: 'https://github.com/so-tt/kho/', ...actions }, remote('git@github.com:a/b.git'))).toBe('https://github.com/so-tt/kho');
    expect(resolveRepoUrl({ REPO_URL: 'git@github.com:so-tt/kho.git' }, remote())).toBe('https://github.com/so-tt/kho');
    // A GitHub Enterprise address is taken as written.
    expect(resolveRepoUrl({ REPO_URL: 'https://git.tinh.gov.vn/so-tt/kho' }, remote())).toBe('https://git.tinh.gov.vn/so-tt/kho');
  });

  test('then GitHub Actions’ server and repository, when both are set', () => {
    expect(resolveRepoUrl({ ...actions, REPO_URL: '' }, remote('git@github.com:a/b.git'))).toBe('https://github.com/to-chuc/kho-actions');
    expect(resolveRepoUrl({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'a/b' }, remote())).toBe('https://ghe.example/a/b');
    // One without the other, or nonsense, is not an address: the remote is next.
    expect(resolveRepoUrl({ GITHUB_REPOSITORY: 'to-chuc/kho-actions' }, remote('git@github.com:a/b.git'))).toBe('https://github.com/a/b');
    expect(resolveRepoUrl({ GITHUB_SERVER_URL: 'https://github.com' }, remote('git@github.com:a/b.git'))).toBe('https://github.com/a/b');
    expect(resolveRepoUrl({ GITHUB_SERVER_URL: 'github', GITHUB_REPOSITORY: 'a/b' }, remote())).toBe(DEFAULT_REPO_URL);
    expect(resolveRepoUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'a/b/c' }, remote())).toBe(DEFAULT_REPO_URL);
  });

  test('then the origin remote of the checkout, only when nothing is set', () => {
    let asked = 0;
    const counting = () => (asked++, 'https://github.com/so-tt/tu-git.git');
    expect(resolveRepoUrl({}, counting)).toBe('https://github.com/so-tt/tu-git');
    expect(resolveRepoUrl({ REPO_URL: '  ', GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '' }, counting)).toBe('https://github.com/so-tt/tu-git');
    expect(asked).toBe(2);
    resolveRepoUrl({ REPO_URL: 'https://github.com/a/b' }, counting);
    resolveRepoUrl(actions, counting);
    expect(asked).toBe(2);
  });

  test('the placeholder only without a usable remote', () => {
    expect(resolveRepoUrl({}, remote())).toBe(DEFAULT_REPO_URL);
    expect(resolveRepoUrl({}, remote('/srv/git/dien-hinh.git'))).toBe(DEFAULT_REPO_URL);
    expect(resolveRepoUrl({}, remote('git@gitlab.com:so-tt/dien-hinh.git'))).toBe(DEFAULT_REPO_URL);
  });

  test('a REPO_URL that is no address stops the build with a Vietnamese message naming it', () => {
    for (const bad of ['github.com/so-tt/kho', 'so-tt/kho', 'ftp://github.com/so-tt/kho', 'javascript:alert(1)']) {
      expect(() => resolveRepoUrl({ REPO_URL: bad }, remote()), bad).toThrow(`REPO_URL “${bad}” không phải`);
    }
  });
});

describe('reading the origin remote', () => {
  test('gives the remote of a git checkout and nothing outside one or without a remote', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dien-hinh-remote-'));
    expect(gitRemoteUrl(dir)).toBeUndefined();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(gitRemoteUrl(dir)).toBeUndefined();
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:so-tt/dien-hinh.git'], { cwd: dir });
    expect(gitRemoteUrl(dir)).toBe('git@github.com:so-tt/dien-hinh.git');
  });
});
