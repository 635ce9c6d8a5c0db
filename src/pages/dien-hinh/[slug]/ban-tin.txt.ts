import type { APIRoute, InferGetStaticPropsType } from 'astro';
import path from 'node:path';
import { readCheckedBody } from '../../../content-rules/read-story.ts';
import { UTF8_BOM } from '../../../lib/csv.ts';
import { getSite, type SiteEntry } from '../../../lib/load-site.ts';
import { pressFileSink } from '../../../lib/press-files.ts';
import { pressPaths } from '../../../lib/press-urls.ts';
import { radioText, type RadioStory } from '../../../lib/radio-text.ts';
import { storedFacts } from '../../../lib/stored-facts.ts';
import type { Story } from '../../../lib/story.ts';
import { storyUrl } from '../../../lib/story-urls.ts';

/** Plain data only: the worker receives a copy. */
const radioStory = ({ title, summary, practices, sample, subject }: Story): RadioStory => ({ title, summary, practices, sample, subject: { name: subject.name } });

/** The story's file, whose body the bulletin reads (the content store keeps none), and the digest it must still have. */
function source({ entry }: Story<SiteEntry>): { storyPath: string; textDigest: string } {
  if (!entry.filePath) throw new Error(`Story ${entry.id}: no file path in the content store.`);
  return { storyPath: path.resolve(entry.filePath), textDigest: storedFacts(entry).textDigest };
}

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
        ...source(story),
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
export const GET: APIRoute<Props> = async ({ props: { story }, site }) => {
  const { storyPath, textDigest } = source(story);
  const { text } = radioText(radioStory(story), await readCheckedBody(storyPath, textDigest), storyUrl(story.slug, site));
  return new Response(`${UTF8_BOM}${text}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
