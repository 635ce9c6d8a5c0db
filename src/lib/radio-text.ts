import { vi } from '../i18n/vi.ts';
import { mdxParagraphs } from './mdx-text.ts';
import { BROADCAST_PACE, countSyllables, readingDuration } from './reading-time.ts';
import type { Story } from './story.ts';

export interface RadioText {
  /** The whole bulletin: plain text, paragraphs separated by blank lines, no markup. */
  text: string;
  /** Syllables read aloud (the header and source lines are not read). */
  syllables: number;
  /** Estimated reading time, e.g. “2 phút 30 giây”. */
  duration: string;
}

/** What a bulletin reads of a story: plain data, so a worker thread can be handed it. */
export type RadioStory = Pick<Story, 'title' | 'summary' | 'practices' | 'sample'> & { subject: Pick<Story['subject'], 'name'> };

/**
 * A profile as a radio bulletin: title, the summary as the intro, the story, the good
 * practices numbered in words, and a closing line naming the site; the URL last, for
 * the editor, not to be read.
 */
export function radioText(story: RadioStory, body: string, url: string, site: string = vi.siteName): RadioText {
  const t = vi.press.radio;
  const read = [
    story.title,
    story.summary,
    ...mdxParagraphs(body),
    ...(story.practices.length
      ? [t.practicesIntro(story.subject.name), ...story.practices.map((p, i) => `${t.ordinals[i] ?? `${i + 1}`}: ${p}`)]
      : []),
    t.closing(story.subject.name, site),
  ];
  const syllables = countSyllables(read.join(' '));
  const { minutes, seconds } = readingDuration(syllables);
  const duration = vi.press.duration(minutes, seconds);
  const head = [t.heading(site), t.duration(duration, syllables, BROADCAST_PACE), ...(story.sample ? [t.sample] : [])];
  const text = [head.join('\n'), ...read, t.source(url)].join('\n\n');
  return { text: `${text}\n`, syllables, duration };
}
