import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { UTF8_BOM } from '../../../lib/csv.ts';
import { getSite } from '../../../lib/load-site.ts';
import { pressFileSink } from '../../../lib/press-files.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import { radioText, type RadioStory } from '../../../lib/radio-text.ts';
import type { Story } from '../../../lib/story.ts';
import { storyUrl } from '../../../lib/story-urls.ts';

/** Plain data only: the worker receives a copy. */
const radioStory = ({ title, summary, practices, sample, subject }: Story): RadioStory => ({ title, summary, practices, sample, subject: { name: subject.name } });

/** In a build the bulletins are written by the press-files worker (src/lib/press-files.ts), not here. */
export async function getStaticPaths() {
  const { stories } = await getSite();
  const sink = pressFileSink();
  if (sink) {
    sink.add(
      stories.map((story) => ({
        kind: 'radio',
        file: pressPaths.radio(story.slug),
        story: radioStory(story),
        body: story.entry.body ?? '',
        url: storyUrl(story.slug, sink.site),
      })),
    );
    return [];
  }
  return stories.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * The profile as plain text to read on air. A BOM leads the file: static hosts often serve
 * .txt without a charset, and browsers and Notepad then still read it as UTF-8.
 */
export const GET: APIRoute<Props> = ({ props: { story }, site }) => {
  const { text } = radioText(radioStory(story), story.entry.body ?? '', storyUrl(story.slug, site));
  return new Response(`${UTF8_BOM}${text}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
