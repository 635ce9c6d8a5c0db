import { ROUTES } from '../config.ts';
import type { Kind } from '../schemas/kind.ts';
import { paths } from './urls.ts';

/** Folder of the open data files; a permanent URL like every other route. */
export const DATA_ROUTE = 'du-lieu';

/** Site paths of the press kit, feeds and open data: everything a profile offers for reuse. */
export const pressPaths = {
  /** 1200×630 Open Graph image. */
  ogImage: (slug: string) => `${paths.story(slug)}og.png`,
  /** The cover photo for download: re-encoded, upright, without the photo's metadata. */
  cover: (slug: string) => `${paths.story(slug)}anh-bia.jpg`,
  /** QR code of the profile's canonical URL. */
  qr: (slug: string) => `${paths.story(slug)}qr.svg`,
  /** Plain text for reading on air. */
  radio: (slug: string) => `${paths.story(slug)}ban-tin.txt`,
  /** The card other sites put in an iframe. */
  embed: (slug: string) => `${paths.story(slug)}nhung/`,
  siteFeed: () => '/rss.xml',
  fieldFeed: (id: string) => `/${ROUTES.fields}/${id}/rss.xml`,
  localityFeed: (id: string) => `/${ROUTES.localities}/${id}/rss.xml`,
  kindFeed: (kind: Kind) => `/${ROUTES.kinds}/${kind}/rss.xml`,
  data: () => `/${DATA_ROUTE}/`,
  dataJson: () => `/${DATA_ROUTE}/dien-hinh.json`,
  dataCsv: () => `/${DATA_ROUTE}/dien-hinh.csv`,
} as const;
