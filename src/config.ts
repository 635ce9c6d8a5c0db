/** Site-wide settings: one place for numbers and URL prefixes. */
export const SITE = {
  /** Canonical origin when SITE_URL is not set. */
  defaultUrl: 'https://dien-hinh-tien-tien-nam-dinh.example',
  /** Stories per list page. */
  pageSize: 24,
  /** Stories on the home page's "newest" list. */
  latestOnHome: 6,
  /** Related stories under a profile. */
  relatedCount: 4,
  locale: 'vi',
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
  page: 'trang',
} as const;
