import { vi } from '../i18n/vi.ts';
import type { OgCardData } from './og-card.ts';
import type { Story } from './story.ts';

/** A profile's Open Graph card: title, subject, kind, field, place and highest award. */
export function ogCardFor(story: Story): OgCardData {
  const top = story.awards[0];
  return {
    title: story.title,
    subject: story.subject.name,
    eyebrow: [vi.kinds[story.subject.kind], story.field.name, story.locality.name].join(' · '),
    award: top ? `${top.award.name} · ${top.year}` : '',
    site: vi.siteName,
    ...(story.sample ? { sampleTag: vi.press.og.sampleTag } : {}),
    withCover: story.cover !== undefined,
  };
}
