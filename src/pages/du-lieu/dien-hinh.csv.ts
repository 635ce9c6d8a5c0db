import type { APIRoute } from 'astro';
import { getSite } from '../../lib/load-site.ts';
import { openDataCsv } from '../../lib/open-data.ts';
import { storyRecord } from '../../lib/story-record.ts';

/** Every published profile as CSV (UTF-8 with BOM, for spreadsheets), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { stories } = await getSite();
  const records = stories.map((story) => storyRecord(story, site));
  return new Response(openDataCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
