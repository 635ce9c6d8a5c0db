import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { coverFile } from '../../../lib/cover-file.ts';
import { getSite } from '../../../lib/load-site.ts';
import { ogImage } from '../../../lib/og-image.ts';
import { ogCardFor } from '../../../lib/og-story.ts';
import { pressFileSink } from '../../../lib/press-files.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import type { Story } from '../../../lib/story.ts';

const coverPath = (story: Story) => (story.cover ? coverFile(story.slug, story.cover).fsPath : undefined);

/** In a build the cards are drawn by the press-files worker (src/lib/press-files.ts), not here. */
export async function getStaticPaths() {
  const { stories } = await getSite();
  const sink = pressFileSink();
  if (sink) {
    sink.add(stories.map((story) => ({ kind: 'og', file: pressPaths.ogImage(story.slug), card: ogCardFor(story), coverPath: coverPath(story) })));
    return [];
  }
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The 1200×630 picture shown when a profile is shared; drawn once per content change (cached). */
export const GET: APIRoute<Props> = async ({ props: { story } }) => {
  const png = await ogImage(ogCardFor(story), coverPath(story));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
