import { vi } from '../i18n/vi.ts';
import { REPO_URL } from './repo-url.ts';

/** The issue form in `.github/ISSUE_TEMPLATE/` that correction requests use. */
export const CORRECTION_TEMPLATE = 'de-nghi-dinh-chinh.yml';

/** Text of the correction link and the prefilled issue title (kept with every UI string in vi.ts). */
export const correctionText = vi.correction;

/**
 * The "new issue" address of the correction form, prefilled: GitHub issue forms take
 * `title` and any field id (here `url`, the profile's address) as query parameters.
 */
export function correctionUrl(story: { title: string; url: string }, repo: string = REPO_URL): string {
  const address = new URL(`${repo.replace(/\/+$/, '')}/issues/new`);
  address.searchParams.set('template', CORRECTION_TEMPLATE);
  address.searchParams.set('title', correctionText.issueTitle(story.title));
  address.searchParams.set('url', story.url);
  return address.href;
}
