import { vi } from '../i18n/vi.ts';
import { absoluteUrl } from './absolute-url.ts';
import { feedResponse } from './feed.ts';
import { feedStories } from './feed-stories.ts';
import type { Story } from './story.ts';

/** The feed of one field, place or kind: its newest stories. */
export async function termFeedResponse(term: { name: string; stories: readonly Story[]; feedPath: string; listPath: string }, site: URL | undefined) {
  return feedResponse({
    title: vi.press.feeds.termTitle(vi.siteName, term.name),
    description: vi.press.feeds.termDescription(term.name),
    home: absoluteUrl(term.listPath, site),
    self: absoluteUrl(term.feedPath, site),
    stories: await feedStories(term.stories, site),
  });
}
