import { execFileSync } from 'node:child_process';

/** The URL of the checkout's `origin` remote (`git config --get remote.origin.url`), or undefined without git, a repository or that remote. */
export function gitRemoteUrl(cwd: string = process.cwd()): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return url.trim() || undefined;
  } catch {
    return undefined;
  }
}
