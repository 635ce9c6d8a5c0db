import type { ContentReport } from '../content-rules/check-content.ts';
import type { OgCardData } from './og-card.ts';
import { ogCardFor } from './og-story.ts';
import { ogCardFile } from './press-urls.ts';
import { buildSite } from './site.ts';
import type { StoryEntry } from './story.ts';

/** A flat card to draw ahead of the pages, and the file it will be published as. */
export interface EarlyOgCard {
  file: string;
  card: OgCardData;
}

/**
 * The og.png cards of the published stories, made from what the content check read
 * before Astro starts its own work: a low-priority process (src/lib/og-warm.ts) draws
 * them into the card cache while Astro syncs content and bundles, when a core is often
 * idle, and the press-files workers find there the cards the routes hand over later.
 * Cards with a cover (og.jpg) are left to the routes: their photo's path is Astro's to
 * resolve. Nothing here is published: a card the routes never ask for (had this model
 * disagreed with Astro's) stays in the cache, and a card whose data differ is drawn
 * again from the routes' data (the cache key is the card's data).
 */
export function earlyOgCards(report: Pick<ContentReport, 'stories' | 'vocabularies'>): EarlyOgCard[] {
  // The checker's cover is the file's path, not Astro's image; the cards below are those without one.
  const entries = [...report.stories].map(([id, data]) => ({ id, data }) as unknown as StoryEntry);
  return buildSite(entries, report.vocabularies)
    .stories.filter((story) => ogCardFile(story).format === 'png')
    .map((story) => ({ file: ogCardFile(story).path, card: ogCardFor(story) }));
}

/** The last content check of this process (`astro build` runs it first), for the press-files integration. */
const KEY = Symbol.for('dien-hinh.checked-content');

export function setCheckedContent(report: Pick<ContentReport, 'stories' | 'vocabularies'> | undefined): void {
  (globalThis as { [KEY]?: typeof report })[KEY] = report;
}

export function checkedContent(): Pick<ContentReport, 'stories' | 'vocabularies'> | undefined {
  return (globalThis as { [KEY]?: Pick<ContentReport, 'stories' | 'vocabularies'> })[KEY];
}
