import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { vi } from '../../../i18n/vi.ts';
import { getSite } from '../../../lib/load-site.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import { termFeedResponse } from '../../../lib/term-feed.ts';
import { paths } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  return (await getSite()).kinds.map((term) => ({ params: { id: term.id }, props: { term } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The newest stories of one kind: individuals, collectives or households. */
export const GET: APIRoute<Props> = ({ props: { term }, site }) =>
  termFeedResponse(
    { name: vi.kindsPlural[term.item], stories: term.stories, feedPath: pressPaths.kindFeed(term.item), listPath: paths.kind(term.id) },
    site,
  );
