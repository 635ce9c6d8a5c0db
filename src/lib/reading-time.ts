/**
 * Reading pace for radio, in syllables per minute. Vietnamese is written one syllable
 * per space-separated word (“tiếng”), and a calm news read on local radio runs at about
 * 220–260 syllables a minute; we assume 250, the common figure for a normal broadcast pace.
 */
export const BROADCAST_PACE = 250;

/** Spoken units in a text: space-separated tokens that hold a letter or digit (punctuation alone is silent). */
export function countSyllables(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** How long reading `syllables` aloud takes, rounded to 10 seconds (at least 10). */
export function readingDuration(syllables: number, pace: number = BROADCAST_PACE): { minutes: number; seconds: number } {
  const total = Math.max(10, Math.round(((syllables / pace) * 60) / 10) * 10);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
