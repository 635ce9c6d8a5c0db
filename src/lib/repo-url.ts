import { gitRemoteUrl } from './git-remote.ts';
import { resolveRepoUrl } from './resolve-repo-url.ts';

/**
 * The site's source repository (see {@link resolveRepoUrl}): correction requests
 * ("Đề nghị đính chính") are filed as its issues. Read once, when pages are built.
 */
export const REPO_URL: string = resolveRepoUrl(process.env, gitRemoteUrl);
