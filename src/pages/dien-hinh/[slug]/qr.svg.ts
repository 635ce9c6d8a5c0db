import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSite } from '../../../lib/load-site.ts';
import { pressFileSink } from '../../../lib/press-files.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import { qrSvg } from '../../../lib/qr-svg.ts';
import { storyUrl } from '../../../lib/story-urls.ts';

/** In a build the codes are written by the press-files worker (src/lib/press-files.ts), not here. */
export async function getStaticPaths() {
  const { stories } = await getSite();
  const sink = pressFileSink();
  if (sink) {
    sink.add(stories.map((story) => ({ kind: 'qr', file: pressPaths.qr(story.slug), url: storyUrl(story.slug, sink.site) })));
    return [];
  }
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A QR code of the profile's canonical URL, for newspapers and notice boards. */
export const GET: APIRoute<Props> = async ({ props: { story }, site }) =>
  new Response(await qrSvg(storyUrl(story.slug, site)), { headers: { 'Content-Type': 'image/svg+xml' } });
