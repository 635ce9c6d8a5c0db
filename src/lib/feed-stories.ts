import { coverJpegBytes } from './cover-jpeg.ts';
import { FEED_SIZE, type FeedStory } from './feed.ts';
import type { Story } from './story.ts';
import { storyUrls } from './story-urls.ts';

/** Covers encoded at once while a feed waits for their sizes: enough to keep sharp's threads busy. */
const IN_FLIGHT = 4;

/**
 * The first {@link FEED_SIZE} stories as a feed lists them, each cover with the byte size
 * of its downloadable JPEG (the enclosure's length). A cover not yet encoded is encoded
 * here; the result is cached, so the press-files worker does not encode it again.
 */
export async function feedStories(stories: readonly Story[], site: URL | undefined): Promise<FeedStory[]> {
  const listed = stories.slice(0, FEED_SIZE).map((story) => storyUrls(story, site));
  const result: FeedStory[] = [];
  for (let i = 0; i < listed.length; i += IN_FLIGHT) {
    const batch = listed.slice(i, i + IN_FLIGHT);
    result.push(
      ...(await Promise.all(
        batch.map(async ({ cover, ...urls }) => (cover ? { ...urls, cover: { ...cover, bytes: await coverJpegBytes(cover.file.fsPath) } } : urls)),
      )),
    );
  }
  return result;
}
