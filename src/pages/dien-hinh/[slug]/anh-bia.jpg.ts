import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { coverFile } from '../../../lib/cover-file.ts';
import { coverJpeg } from '../../../lib/cover-jpeg.ts';
import { getSite } from '../../../lib/load-site.ts';
import { pressFileSink } from '../../../lib/press-files.ts';
import { pressPaths } from '../../../lib/press-urls.ts';

/** In a build the covers are encoded by the press-files worker (src/lib/press-files.ts), not here. */
export async function getStaticPaths() {
  const withCover = (await getSite()).stories.flatMap((story) => (story.cover ? [{ story, cover: coverFile(story.slug, story.cover) }] : []));
  const sink = pressFileSink();
  if (sink) {
    sink.add(withCover.map(({ story, cover }) => ({ kind: 'cover', file: pressPaths.cover(story.slug), sourcePath: cover.fsPath })));
    return [];
  }
  return withCover.map(({ story, cover }) => ({ params: { slug: story.slug }, props: { sourcePath: cover.fsPath } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The cover for download: re-encoded, upright, without the photo's EXIF, XMP or IPTC (src/lib/cover-jpeg.ts). */
export const GET: APIRoute<Props> = async ({ props: { sourcePath } }) =>
  new Response(new Uint8Array(await coverJpeg(sourcePath)), { headers: { 'Content-Type': 'image/jpeg' } });
