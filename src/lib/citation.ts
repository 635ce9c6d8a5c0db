import { vi } from '../i18n/vi.ts';
import { formatShortDate } from './dates.ts';
import type { Story } from './story.ts';

/** How to cite a profile: “Title”, site, dates, permanent URL. */
export function citation(story: Pick<Story, 'title' | 'published' | 'updated'>, url: string, site: string = vi.siteName): string {
  const published = formatShortDate(story.published);
  const dates = story.updated
    ? vi.press.citationUpdated(published, formatShortDate(story.updated))
    : vi.press.citationPublished(published);
  return vi.press.citation(story.title, site, dates, url);
}
