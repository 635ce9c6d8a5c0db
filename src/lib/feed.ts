import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';
import { SITE } from '../config.ts';
import { vi } from '../i18n/vi.ts';
import type { CoverFile } from './cover-file.ts';
import { OG_HEIGHT, OG_WIDTH } from './og-card.ts';
import type { OgCardFile } from './press-urls.ts';
import type { Story } from './story.ts';

/** Items per feed: the newest stories (set in src/config.ts). */
export const FEED_SIZE = SITE.feedSize;

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });

/** Absolute URLs and files of one story, as a feed item needs them. */
export interface FeedStory {
  story: Story;
  url: string;
  /** The downloadable cover (absolute URL, file, byte size), when there is one. */
  cover?: { url: string; file: CoverFile; bytes: number };
  /** The Open Graph card (absolute URL, file), used as the picture when there is no cover. */
  ogImage: { url: string; file: OgCardFile };
}

/** One feed item: full summary, categories, the cover as enclosure and Media RSS content (with credit). */
export function feedItem({ story, url, cover, ogImage }: FeedStory): RSSFeedItem {
  const media = cover
    ? {
        '@_url': cover.url,
        '@_medium': 'image',
        '@_type': cover.file.mimeType,
        '@_width': cover.file.width,
        '@_height': cover.file.height,
        ...(story.coverCredit ? { 'media:credit': story.coverCredit } : {}),
        ...(story.coverAlt ? { 'media:description': story.coverAlt } : {}),
      }
    : { '@_url': ogImage.url, '@_medium': 'image', '@_type': ogImage.file.mimeType, '@_width': OG_WIDTH, '@_height': OG_HEIGHT };
  return {
    title: story.title,
    link: url,
    pubDate: story.published,
    description: story.summary,
    categories: [story.field.name, story.locality.name, vi.kinds[story.subject.kind], ...story.awards.map((a) => a.award.name)],
    customData: xml.build({ 'media:content': media }),
    ...(cover ? { enclosure: { url: cover.url, length: cover.bytes, type: cover.file.mimeType } } : {}),
  };
}

export interface FeedOptions {
  title: string;
  description: string;
  /** Home page URL (the channel link). */
  home: string;
  /** This feed's own URL. */
  self: string;
  /** Newest first; only the first {@link FEED_SIZE} are listed. */
  stories: readonly FeedStory[];
}

/** An RSS 2.0 document, built by @astrojs/rss. */
export function feedXml(options: FeedOptions): Promise<string> {
  return getRssString({
    title: options.title,
    description: options.description,
    site: options.home,
    xmlns: { atom: ATOM_NS, media: MEDIA_NS },
    customData: `<language>vi</language>${xml.build({
      'atom:link': { '@_href': options.self, '@_rel': 'self', '@_type': 'application/rss+xml' },
    })}`,
    items: options.stories.slice(0, FEED_SIZE).map(feedItem),
  });
}

/** The HTTP response of a feed endpoint. */
export async function feedResponse(options: FeedOptions): Promise<Response> {
  return new Response(await feedXml(options), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
