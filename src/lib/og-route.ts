import { coverFile } from './cover-file.ts';
import { getSite } from './load-site.ts';
import { ogImage } from './og-image.ts';
import { ogCardFor } from './og-story.ts';
import { pressFileSink } from './press-files.ts';
import { ogCardFile, type OgCardFile } from './press-urls.ts';
import type { Story } from './story.ts';

const coverPath = (story: Story) => (story.cover ? coverFile(story.slug, story.cover).fsPath : undefined);

/**
 * The static paths of one card route (og.png.ts or og.jpg.ts: Astro needs the extension in
 * the route's file name): the stories whose card {@link ogCardFile} names with that
 * extension, and no other, so a cover story has no og.png even in `astro dev`. In a build
 * the cards go to the press-files worker (src/lib/press-files.ts) instead, and no page is made here.
 */
export async function ogCardPaths(format: OgCardFile['format']) {
  const stories = (await getSite()).stories.filter((story) => ogCardFile(story).format === format);
  const sink = pressFileSink();
  if (sink) {
    sink.add(stories.map((story) => ({ kind: 'og', file: ogCardFile(story).path, format, card: ogCardFor(story), coverPath: coverPath(story) })));
    return [];
  }
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

/** The 1200×630 picture shown when a profile is shared; drawn once per content change (cached). */
export async function ogCardResponse(story: Story): Promise<Response> {
  const file = ogCardFile(story);
  const bytes = await ogImage(ogCardFor(story), coverPath(story), file.format);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': file.mimeType } });
}
