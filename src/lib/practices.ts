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
