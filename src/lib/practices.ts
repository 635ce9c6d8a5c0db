import type { Story } from './story.ts';

/** One "cách làm hay" and the story it comes from. */
export interface Practice<S extends Story = Story> {
  text: string;
  story: S;
}

/** Every practice of these stories, in story order (newest first), each story's in its own order. */
export function practicesOf<S extends Story>(stories: readonly S[]): Practice<S>[] {
  return stories.flatMap((story) => story.practices.map((text) => ({ text, story })));
}

/** Practices next to each other in a list that come from one story, shown under one source line. */
export interface PracticeRun<S extends Story = Story> {
  story: S;
  texts: string[];
}

/** Consecutive practices of the same story joined, in the order given; a story met again later starts a new run. */
export function runsByStory<S extends Story>(practices: readonly Practice<S>[]): PracticeRun<S>[] {
  const runs: PracticeRun<S>[] = [];
  for (const { text, story } of practices) {
    const last = runs.at(-1);
    if (last?.story.slug === story.slug) last.texts.push(text);
    else runs.push({ story, texts: [text] });
  }
  return runs;
}
