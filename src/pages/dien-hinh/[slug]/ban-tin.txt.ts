import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { absoluteUrl } from '../../../lib/absolute-url.ts';
import { UTF8_BOM } from '../../../lib/csv.ts';
import { getSite } from '../../../lib/load-site.ts';
import { radioText } from '../../../lib/radio-text.ts';
import { paths } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const { stories } = await getSite();
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * The profile as plain text to read on air. A BOM leads the file: static hosts often serve
 * .txt without a charset, and browsers and Notepad then still read it as UTF-8.
 */
export const GET: APIRoute<Props> = ({ props: { story }, site }) => {
  const { text } = radioText(story, story.entry.body ?? '', absoluteUrl(paths.story(story.slug), site));
  return new Response(`${UTF8_BOM}${text}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
