/** Site-wide settings: one place for numbers and URL prefixes. */
export const SITE = {
  /** Canonical origin when SITE_URL is not set. */
  defaultUrl: 'https://dien-hinh-tien-tien-nam-dinh.example',
  /** Stories per list page. */
  pageSize: 24,
  /** Stories on the home page's "newest" list. */
  latestOnHome: 6,
  /** Practices per page on a field's practice list: short lines, so more than story cards. */
  practicesPageSize: 50,
  /** Practices per field on the /cach-lam-hay/ overview. */
  practicesPerField: 6,
  /** Related stories under a profile: 6 fill rows of 1, 2 or 3 cards evenly. */
  relatedCount: 6,
  /**
   * Items per RSS feed (the site's and each field's, place's, kind's): the newest stories.
   * A feed is for news; the full list is the open data (/du-lieu/). Keeps every feed the
   * same size however many stories the site holds.
   */
  feedSize: 100,
} as const;

/** First path segment of each kind of page; these URLs are permanent. */
export const ROUTES = {
  stories: 'dien-hinh',
  fields: 'linh-vuc',
  localities: 'dia-phuong',
  awards: 'khen-thuong',
  years: 'nam',
  kinds: 'doi-tuong',
  about: 'gioi-thieu',
  search: 'tim-kiem',
  practices: 'cach-lam-hay',
  stats: 'thong-ke',
  page: 'trang',
  /** The form editor for press officers (Sveltia CMS); not a page for readers. */
  editor: 'quan-tri',
} as const;

/**
 * Content-Security-Policy for every page, as a meta tag (static hosts cannot all
 * set headers). Scripts only from this site: no inline script, no third party.
 * 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; nothing else needs more.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  // Only the <Video> story component embeds anything, and only from these two.
  'frame-src https://www.youtube-nocookie.com https://www.facebook.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Content-Security-Policy of the form editor (/quan-tri/) only. Scripts still only from
 * this site; the editor talks to GitHub's API and nowhere else. Its interface sets
 * inline styles (Svelte), reads and shows uploads as blob:/data: pictures, runs a blob:
 * worker and previews an uploaded file in a sandboxed blob: frame.
 */
export const EDITOR_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://api.github.com data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Default of REPO_URL: a placeholder, used only when neither REPO_URL, GitHub Actions'
 * variables nor the checkout's git remote name the repository (src/lib/resolve-repo-url.ts).
 */
export const DEFAULT_REPO_URL = 'https://github.com/ten-to-chuc/dien-hinh-tien-tien';
