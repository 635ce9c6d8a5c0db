import { vi } from '../i18n/vi.ts';
import { isoDay } from './dates.ts';
import type { Story } from './story.ts';

export interface ProfileJsonLdUrls {
  /** Canonical URL of the profile. */
  url: string;
  /** Its Open Graph image. */
  image: string;
  /** The original cover photo, when there is one. */
  cover?: string;
  site: { name: string; url: string };
}

/**
 * schema.org data for a profile page: a `ProfilePage` whose `mainEntity` is the subject,
 * a `Person` for an individual and an `Organization` for a collective or a household,
 * holding every award (highest first) as text. No address or birth date: only what the page shows.
 */
export function profileJsonLd(story: Story, urls: ProfileJsonLdUrls): Record<string, unknown> {
  const { subject } = story;
  const isPerson = subject.kind === 'ca-nhan';
  const entity: Record<string, unknown> = {
    '@type': isPerson ? 'Person' : 'Organization',
    '@id': `${urls.url}#doi-tuong`,
    name: subject.name,
  };
  if (isPerson && subject.role) entity.jobTitle = subject.role;
  if (!isPerson) entity.description = [vi.kinds[subject.kind], subject.role].filter(Boolean).join(', ');
  if (!isPerson) entity.location = { '@type': 'Place', name: story.locality.name };
  entity.award = story.awards.map((a) => `${a.award.name} (${[a.year, a.decision].filter(Boolean).join(', ')})`);
  if (urls.cover) entity.image = urls.cover;
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': urls.url,
    url: urls.url,
    ...(story.storyId ? { identifier: story.storyId } : {}),
    name: story.title,
    headline: story.title,
    description: story.summary,
    inLanguage: 'vi',
    datePublished: isoDay(story.published),
    dateModified: isoDay(story.updated ?? story.published),
    image: urls.image,
    about: { '@type': 'Thing', name: story.field.name },
    isPartOf: { '@type': 'WebSite', name: urls.site.name, url: urls.site.url },
    mainEntity: entity,
  };
}

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close or confuse it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
