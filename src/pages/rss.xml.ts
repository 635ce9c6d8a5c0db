import type { APIRoute } from 'astro';
import { vi } from '../i18n/vi.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { feedResponse } from '../lib/feed.ts';
import { feedStories } from '../lib/feed-stories.ts';
import { getSite } from '../lib/load-site.ts';
import { pressPaths } from '../lib/press-urls.ts';

/** The newest stories of the whole site. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    title: vi.press.feeds.siteTitle(vi.siteName),
    description: vi.siteTagline,
    home: absoluteUrl('/', site),
    self: absoluteUrl(pressPaths.siteFeed(), site),
    stories: await feedStories((await getSite()).stories, site),
  });
