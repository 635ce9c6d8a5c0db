import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { ogCardPaths, ogCardResponse } from '../../../lib/og-route.ts';

/** Cards of stories with a cover photo: JPEGs (src/lib/press-urls.ts, ogCardFile). */
export function getStaticPaths() {
  return ogCardPaths('jpg');
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { story } }) => ogCardResponse(story);
