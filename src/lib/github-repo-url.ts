/** GitHub's rules for names: an owner is letters, digits and single hyphens; a repository also takes `.` and `_`. */
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const REPO = '[A-Za-z0-9._-]{1,100}';

/** The remote forms git accepts for a github.com repository: scp-like, ssh://, git://, http(s)://. */
const FORMS = [
  new RegExp(`^(?:[A-Za-z0-9._-]+@)?github\\.com:(${OWNER})/(${REPO})/?$`),
  new RegExp(`^(?:ssh|git|git\\+ssh|https?)://(?:[^@/\\s]+@)?(?:www\\.)?github\\.com(?::\\d+)?/(${OWNER})/(${REPO})/?$`),
];

/**
 * The web address of the github.com repository a git remote points to:
 * `git@github.com:o/r.git` and `https://github.com/o/r.git` both give `https://github.com/o/r`.
 * User names and tokens in the remote are dropped (the address is published on every
 * profile). Anything else (another host, a local path, a malformed name) gives undefined.
 */
export function githubRepoUrl(remote: string | undefined): string | undefined {
  const text = remote?.trim() ?? '';
  for (const form of FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const repo = match[2]!.replace(/\.git$/, '');
    if (!repo || repo === '.' || repo === '..' || repo.endsWith('.git')) return undefined;
    return `https://github.com/${match[1]}/${repo}`;
  }
  return undefined;
}
