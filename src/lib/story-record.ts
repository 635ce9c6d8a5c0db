import { openDataRecord, type OpenDataRecord } from './open-data.ts';
import type { Story } from './story.ts';
import { storyUrls } from './story-urls.ts';

/** A story's open data record with its absolute URLs; `site` is `Astro.site`. */
export function storyRecord(story: Story, site: URL | undefined): OpenDataRecord {
  const urls = storyUrls(story, site);
  return openDataRecord(story, { url: urls.url, radio: urls.radio, cover: urls.cover?.url });
}
