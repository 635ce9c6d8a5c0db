import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { coverFile } from '../../../lib/cover-file.ts';
import { getSite, type SiteEntry } from '../../../lib/load-site.ts';
import { lookahead } from '../../../lib/lookahead.ts';
import { ogImage } from '../../../lib/og-image.ts';
import { ogCardFor } from '../../../lib/og-story.ts';
import type { Story } from '../../../lib/story.ts';

export async function getStaticPaths() {
  const { stories } = await getSite();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const draw = (story: Story) => ogImage(ogCardFor(story), story.cover ? coverFile(story.cover).fsPath : undefined);

/** Cards drawn a few ahead of the one Astro asks for (a build); one at a time in `astro dev`. */
let cards: ((story: Story<SiteEntry>) => Promise<Buffer>) | undefined;

/** The 1200×630 picture shown when a profile is shared; drawn once per content change (cached). */
export const GET: APIRoute<Props> = async ({ props: { story } }) => {
  const draws = (cards ??= lookahead((await getSite()).stories, (s) => s.slug, draw, import.meta.env.DEV ? 0 : 3));
  const png = await draws(story);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
