import type { APIRoute } from 'astro';
import { vi } from '../../i18n/vi.ts';
import { absoluteUrl } from '../../lib/absolute-url.ts';
import { DATA_LICENCE } from '../../lib/licence.ts';
import { getSite } from '../../lib/load-site.ts';
import { openDataJson } from '../../lib/open-data.ts';
import { pressPaths } from '../../lib/press-urls.ts';
import { storyRecord } from '../../lib/story-record.ts';

/** Every published profile as JSON, newest first; described on /du-lieu/. */
export const GET: APIRoute = async ({ site }) => {
  const { stories, hasSamples } = await getSite();
  const items = stories.map((story) => storyRecord(story, site));
  const document = {
    name: vi.siteName,
    source: absoluteUrl('/', site),
    documentation: absoluteUrl(pressPaths.data(), site),
    licence: DATA_LICENCE,
    sample: hasSamples,
    count: items.length,
    items,
  };
  return new Response(openDataJson(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
