import { vi } from '../i18n/vi.ts';
import { MDX_TEXT_SOURCE, mdxParagraphs } from './mdx-text.ts';
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

/** What is read aloud, in order: title, intro, the story's paragraphs, the practices numbered in words, the closing line. */
function spoken(story: RadioStory, paragraphs: readonly string[], site: string): string[] {
  const t = vi.press.radio;
  return [
    story.title,
    story.summary,
    ...paragraphs,
    ...(story.practices.length
      ? [t.practicesIntro(story.subject.name), ...story.practices.map((p, i) => `${t.ordinals[i] ?? `${i + 1}`}: ${p}`)]
      : []),
    t.closing(story.subject.name, site),
  ];
}

/**
 * Syllables read aloud from a story's MDX body. The content loader counts them once and
 * keeps the number with the story's HTML, so a profile page can show the bulletin's
 * length without the story's source in the build (src/loaders/stories.ts).
 */
export function bodySyllables(body: string): number {
  return countSyllables(mdxParagraphs(body).join(' '));
}

/** Changes whenever {@link bodySyllables} would count differently: cached counts are then made again. */
export const BODY_SYLLABLES_VERSION = [bodySyllables, countSyllables].map(String).join('\n') + MDX_TEXT_SOURCE;

/** A bulletin's length: its syllables and the time they take on air, as the press section words it. */
function onAir(syllables: number): Pick<RadioText, 'syllables' | 'duration'> {
  const { minutes, seconds } = readingDuration(syllables);
  return { syllables, duration: vi.press.duration(minutes, seconds) };
}

/** The bulletin's reading time from its body's count ({@link bodySyllables}): what {@link radioText} says, without the body. */
export function radioDuration(story: RadioStory, bodyCount: number, site: string = vi.siteName): Pick<RadioText, 'syllables' | 'duration'> {
  return onAir(countSyllables(spoken(story, [], site).join(' ')) + bodyCount);
}

/**
 * A profile as a radio bulletin: title, the summary as the intro, the story, the good
 * practices numbered in words, and a closing line naming the site; the URL last, for
 * the editor, not to be read.
 */
export function radioText(story: RadioStory, body: string, url: string, site: string = vi.siteName): RadioText {
  const t = vi.press.radio;
  const read = spoken(story, mdxParagraphs(body), site);
  const { syllables, duration } = onAir(countSyllables(read.join(' ')));
  const head = [t.heading(site), t.duration(duration, syllables, BROADCAST_PACE), ...(story.sample ? [t.sample] : [])];
  const text = [head.join('\n'), ...read, t.source(url)].join('\n\n');
  return { text: `${text}\n`, syllables, duration };
}
