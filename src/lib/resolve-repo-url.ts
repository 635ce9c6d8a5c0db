import { DEFAULT_REPO_URL } from '../config.ts';
import { checkText } from '../i18n/check.ts';
import { githubRepoUrl } from './github-repo-url.ts';

/** The variables that name the repository, as `process.env` holds them. */
export interface RepoEnv {
  REPO_URL?: string | undefined;
  GITHUB_SERVER_URL?: string | undefined;
  GITHUB_REPOSITORY?: string | undefined;
}

const isWebUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * The repository whose issues take correction requests, without a trailing slash:
 * 1. `REPO_URL` when set (a web address, or a github.com remote, which is converted);
 * 2. in GitHub Actions, `GITHUB_SERVER_URL/GITHUB_REPOSITORY` (both needed);
 * 3. the `origin` remote of the git checkout, when it is on github.com;
 * 4. the placeholder {@link DEFAULT_REPO_URL}.
 * A REPO_URL that is neither stops the build: a typo would publish a broken link on every profile.
 */
export function resolveRepoUrl(env: RepoEnv, gitRemote: () => string | undefined): string {
  const explicit = env.REPO_URL?.trim();
  if (explicit) {
    const url = githubRepoUrl(explicit) ?? (isWebUrl(explicit) ? explicit.replace(/\/+$/, '') : undefined);
    if (!url) throw new Error(checkText.badRepoUrl(explicit));
    return url;
  }
  const server = env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY?.trim();
  if (server && repository && isWebUrl(server) && /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) return `${server}/${repository}`;
  return githubRepoUrl(gitRemote()) ?? DEFAULT_REPO_URL;
}
