import { CONTENT_SECURITY_POLICY } from '../config.ts';
import type { EmbedCard } from './embed-card.ts';
import type { Story } from './story.ts';
import { storyUrl } from './story-urls.ts';
import { withBase } from './with-base.ts';

/** A story's embed card on the site `site` (`Astro.site`), with the card's stylesheet URL as the route's bundle names it. */
export function embedCardFor(story: Story, site: URL | string | undefined, stylesheet: string): EmbedCard {
  return { story, url: storyUrl(story.slug, site), csp: CONTENT_SECURITY_POLICY, stylesheet, favicon: withBase('/favicon.svg') };
}
