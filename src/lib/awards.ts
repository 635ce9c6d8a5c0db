import type { StoryAward } from './story.ts';

/** Highest award first (smaller precedence); the same award: newest year first. */
export function compareAwards(a: StoryAward, b: StoryAward): number {
  return a.award.precedence - b.award.precedence || b.year - a.year;
}
