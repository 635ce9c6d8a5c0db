import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSite } from '../../../lib/load-site.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import { termFeedResponse } from '../../../lib/term-feed.ts';
import { paths } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  return (await getSite()).fields.map((term) => ({ params: { id: term.id }, props: { term } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The newest stories of one field. */
export const GET: APIRoute<Props> = ({ props: { term }, site }) =>
  termFeedResponse(
    { name: term.item.name, stories: term.stories, feedPath: pressPaths.fieldFeed(term.id), listPath: paths.field(term.id) },
    site,
  );
