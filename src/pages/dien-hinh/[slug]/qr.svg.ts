import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { absoluteUrl } from '../../../lib/absolute-url.ts';
import { getSite } from '../../../lib/load-site.ts';
import { qrSvg } from '../../../lib/qr-svg.ts';
import { paths } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const { stories } = await getSite();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A QR code of the profile's canonical URL, for newspapers and notice boards. */
export const GET: APIRoute<Props> = async ({ props: { story }, site }) =>
  new Response(await qrSvg(absoluteUrl(paths.story(story.slug), site)), { headers: { 'Content-Type': 'image/svg+xml' } });
