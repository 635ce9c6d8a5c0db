import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { vietnamToday } from '../../src/schemas/date-only.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { validStory } from '../helpers/story.ts';

const schema = storySchema({ image: () => z.string() });
const parse = (data: unknown) => schema.safeParse(data);
/** Paths of the issues a frontmatter object raises, e.g. ['title', 'awards.0.year']. */
const failures = (data: unknown) => {
  const result = parse(data);
  return result.success ? [] : result.error.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])].join('.'));
};

describe('story frontmatter', () => {
  test('a complete valid story parses, with dates as UTC days and defaults filled in', () => {
    const result = parse(validStory({ updated: '2024-06-01' }));
    expect(result.success).toBe(true);
    const data = result.data!;
    expect(data.published.toISOString()).toBe('2024-03-15T00:00:00.000Z');
    expect(data.updated?.toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect([data.featured, data.draft, data.sample]).toEqual([false, false, false]);
  });

  test('a publication day after today in Việt Nam is refused; today is fine (no scheduled publishing)', () => {
    const today = vietnamToday();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(failures(validStory({ published: today }))).toEqual([]);
    expect(failures(validStory({ published: tomorrow }))).toEqual(['published']);
    expect(failures(validStory({ published: '2099-01-01' }))).toEqual(['published']);
    // 23:30 UTC on 1 June is already 2 June in Việt Nam.
    expect(vietnamToday(Date.parse('2025-06-01T23:30:00Z'))).toBe('2025-06-02');
    expect(vietnamToday(Date.parse('2025-06-01T16:59:00Z'))).toBe('2025-06-01');
  });

  test('dates written unquoted (parsed by YAML as Date) are accepted', () => {
    expect(parse(validStory({ published: new Date(Date.UTC(2024, 2, 15)) })).success).toBe(true);
  });

  test.each(['title', 'subject', 'field', 'locality', 'awards', 'summary', 'published'])(
    'a story without %s is rejected',
    (key) => {
      const story = validStory();
      delete story[key];
      expect(failures(story)).toContain(key);
    },
  );

  test('subject needs a kind and a name', () => {
    expect(failures(validStory({ subject: { role: 'Nông dân' } }))).toEqual(['subject.kind', 'subject.name']);
  });

  test('title must be 10–120 characters', () => {
    expect(failures(validStory({ title: 'Ngắn quá' }))).toEqual(['title']);
    expect(failures(validStory({ title: 'a'.repeat(121) }))).toEqual(['title']);
    expect(failures(validStory({ title: 'a'.repeat(120) }))).toEqual([]);
  });

  test('summary must be 50–300 characters', () => {
    expect(failures(validStory({ summary: 'a'.repeat(49) }))).toEqual(['summary']);
    expect(failures(validStory({ summary: 'a'.repeat(301) }))).toEqual(['summary']);
    expect(failures(validStory({ summary: 'a'.repeat(50) }))).toEqual([]);
  });

  test('kind must be one of ca-nhan, tap-the, ho-gia-dinh', () => {
    expect(failures(validStory({ subject: { kind: 'ca nhan', name: 'An' } }))).toEqual(['subject.kind']);
    for (const kind of ['ca-nhan', 'tap-the', 'ho-gia-dinh']) {
      expect(failures(validStory({ subject: { kind, name: 'Tên đối tượng' } }))).toEqual([]);
    }
  });

  test('unknown keys are errors, at the top level and inside subject and awards', () => {
    expect(failures(validStory({ titel: 'x' }))).toEqual(['titel']);
    expect(failures(validStory({ subject: { kind: 'ca-nhan', name: 'An Bình', rol: 'x' } }))).toEqual(['subject.rol']);
    expect(failures(validStory({ awards: [{ award: 'giay-khen', year: 2020, nam: 1 }] }))).toEqual(['awards.0.nam']);
  });

  test('vocabulary ids must be lowercase ASCII with hyphens', () => {
    expect(failures(validStory({ field: 'Nông nghiệp' }))).toEqual(['field']);
    expect(failures(validStory({ locality: 'hai hau' }))).toEqual(['locality']);
    expect(failures(validStory({ movement: 'phong_trao' }))).toEqual(['movement']);
  });

  test('at least one award is required', () => {
    expect(failures(validStory({ awards: [] }))).toEqual(['awards']);
  });

  test('award year must be a whole year from 1945 to this year', () => {
    const thisYear = new Date().getUTCFullYear();
    expect(failures(validStory({ awards: [{ award: 'giay-khen', year: 1944 }] }))).toEqual(['awards.0.year']);
    expect(failures(validStory({ awards: [{ award: 'giay-khen', year: 2020.5 }] }))).toEqual(['awards.0.year']);
    expect(failures(validStory({ awards: [{ award: 'giay-khen', year: '2020' }] }))).toEqual(['awards.0.year']);
    expect(failures(validStory({ awards: [{ award: 'giay-khen', year: thisYear + 1 }] }))).toContain('awards.0.year');
  });

  test('an award year after the publication year is rejected', () => {
    expect(
      failures(validStory({ published: '2022-05-01', awards: [{ award: 'giay-khen', year: 2023 }] })),
    ).toEqual(['awards.0.year']);
    expect(failures(validStory({ published: '2023-01-01', awards: [{ award: 'giay-khen', year: 2023 }] }))).toEqual([]);
  });

  test('dates must be real days written YYYY-MM-DD', () => {
    expect(failures(validStory({ published: '2024-02-30' }))).toEqual(['published']);
    expect(failures(validStory({ published: '15/03/2024' }))).toEqual(['published']);
    expect(failures(validStory({ published: '2024-02-29' }))).toEqual([]);
  });

  test('updated may not be before published', () => {
    expect(failures(validStory({ updated: '2024-03-14' }))).toEqual(['updated']);
    expect(failures(validStory({ updated: '2024-03-15' }))).toEqual([]);
  });

  test('a cover needs coverAlt and coverCredit', () => {
    expect(failures(validStory({ cover: './anh-bia.jpg' }))).toEqual(['coverAlt', 'coverCredit']);
    expect(
      failures(validStory({ cover: './anh-bia.jpg', coverAlt: 'Ông An trên cánh đồng', coverCredit: 'Ảnh: Báo tỉnh' })),
    ).toEqual([]);
  });

  test('practices hold 1–8 items', () => {
    const item = 'Một cách làm hay có thể học theo.';
    expect(failures(validStory({ practices: [] }))).toEqual(['practices']);
    expect(failures(validStory({ practices: Array(9).fill(item) }))).toEqual(['practices']);
    expect(failures(validStory({ practices: Array(8).fill(item) }))).toEqual([]);
  });

  test('visit names the receiving organisation; arrangements are optional; nothing else is accepted', () => {
    expect(failures(validStory({ visit: { host: 'Hội Nông dân xã Hải Hòa' } }))).toEqual([]);
    expect(failures(validStory({ visit: { arrangements: 'Đón khách vào sáng thứ Năm hằng tuần.' } }))).toEqual(['visit.host']);
    expect(failures(validStory({ visit: { host: 'Hội Nông dân xã', phone: '0912345678' } }))).toEqual(['visit.phone']);
  });

  test('follow-ups are dated entries of one or two sentences, at most 12', () => {
    const entry = { date: '2025-01-10', text: 'Hai xã lân cận đã đến học và làm theo mô hình.' };
    expect(failures(validStory({ followUps: [entry] }))).toEqual([]);
    expect(failures(validStory({ followUps: [{ ...entry, date: '10/01/2025' }] }))).toEqual(['followUps.0.date']);
    expect(failures(validStory({ followUps: [{ ...entry, text: 'Ngắn.' }] }))).toEqual(['followUps.0.text']);
    expect(failures(validStory({ followUps: Array(13).fill(entry) }))).toEqual(['followUps']);
    expect(failures(validStory({ followUps: [] }))).toEqual(['followUps']);
  });

  test('featured, draft and sample must be true or false', () => {
    expect(failures(validStory({ draft: 'yes' }))).toEqual(['draft']);
    expect(failures(validStory({ sample: 1 }))).toEqual(['sample']);
  });
});
