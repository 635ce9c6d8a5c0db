import { ROUTES } from '../config.ts';
import type { Kind } from '../schemas/kind.ts';
import { paths } from './urls.ts';

/**
 * A profile's Open Graph card as published: where it is and in which format. A card with a
 * cover photo is a JPEG (a photo in a truecolor PNG weighed ~800 KB a card, 10,000 stories
 * would not fit a static host); a card without one is flat colours and text, a small
 * 16-colour PNG (src/lib/og-image.ts).
 */
export interface OgCardFile {
  /** Site path, without the base: `/dien-hinh/<slug>/og.png` or `og.jpg`. */
  path: string;
  /** File extension, also the format named in the press kit's download label. */
  format: 'png' | 'jpg';
  mimeType: 'image/png' | 'image/jpeg';
}

/**
 * The one place that decides a profile's card file: every link to the card (og:image and
 * its type, JSON-LD, press kit, feeds), the routes that answer it in `astro dev` and the
 * worker that writes it in a build take it from here, so nothing points at a card that is
 * not there. Only whether the story has a cover is read (not the image's fields: see
 * src/lib/cover-file.ts). A story whose cover is added later moves from og.png to og.jpg
 * (and back if it is removed), and the old address then answers 404. That is acceptable:
 * og:image is read from the page each time it is shared, so a new share finds the new card.
 */
export function ogCardFile(story: { slug: string; cover?: unknown }): OgCardFile {
  return story.cover !== undefined
    ? { path: `${paths.story(story.slug)}og.jpg`, format: 'jpg', mimeType: 'image/jpeg' }
    : { path: `${paths.story(story.slug)}og.png`, format: 'png', mimeType: 'image/png' };
}

/** Folder of the open data files; a permanent URL like every other route. */
export const DATA_ROUTE = 'du-lieu';

/** Site paths of the press kit, feeds and open data: everything a profile offers for reuse. */
export const pressPaths = {
  /** The 1200×630 Open Graph card is not here: its name depends on the cover, see {@link ogCardFile}. */
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
