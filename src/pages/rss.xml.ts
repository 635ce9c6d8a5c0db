import type { APIRoute } from 'astro';
import { vi } from '../i18n/vi.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { feedResponse } from '../lib/feed.ts';
import { getSite } from '../lib/load-site.ts';
import { pressPaths } from '../lib/press-urls.ts';
import { storyUrls } from '../lib/story-urls.ts';

/** The newest stories of the whole site. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    title: vi.press.feeds.siteTitle(vi.siteName),
    description: vi.siteTagline,
    home: absoluteUrl('/', site),
    self: absoluteUrl(pressPaths.siteFeed(), site),
    stories: (await getSite()).stories.map((story) => storyUrls(story, site)),
  });
