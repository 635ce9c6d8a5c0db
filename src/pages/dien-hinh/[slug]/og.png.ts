import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { ogCardPaths, ogCardResponse } from '../../../lib/og-route.ts';

/** Cards of stories without a cover: 16-colour PNGs (src/lib/press-urls.ts, ogCardFile). */
export function getStaticPaths() {
  return ogCardPaths('png');
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { story } }) => ogCardResponse(story);
