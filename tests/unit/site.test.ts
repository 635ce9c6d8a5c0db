import { describe, expect, test } from 'vitest';
import { relatedStories } from '../../src/lib/related.ts';
import { buildSite, UnknownReferenceError } from '../../src/lib/site.ts';
import { day, entry, vocabularies } from '../helpers/fake-site.ts';

describe('buildSite', () => {
  test('drafts never reach the site model, its terms or its lookups', () => {
    const site = buildSite(
      [entry({ id: 'cong-khai' }), entry({ id: 'ban-nhap', draft: true, field: 'y-te', awards: [{ award: 'anh-hung-lao-dong', year: 2019 }] })],
      vocabularies,
    );
    expect(site.stories.map((s) => s.slug)).toEqual(['cong-khai']);
    expect(site.bySlug.has('ban-nhap')).toBe(false);
    expect(site.fields.map((t) => t.id)).toEqual(['nong-nghiep']);
    expect(site.awards.map((t) => t.id)).toEqual(['giay-khen']);
    expect(site.years.map((t) => t.item)).toEqual([2022]);
  });

  test('stories are newest first; the same day sorts by title in Vietnamese order', () => {
    const site = buildSite(
      [
        entry({ id: 'cu', published: day('2023-05-01') }),
        entry({ id: 'dong', title: 'Đồng lúa', published: day('2024-05-01') }),
        entry({ id: 'dam', title: 'Dâm bụt', published: day('2024-05-01') }),
        entry({ id: 'moi', published: day('2025-01-01') }),
      ],
      vocabularies,
    );
    expect(site.stories.map((s) => s.slug)).toEqual(['moi', 'dam', 'dong', 'cu']);
  });

  test('awards are ordered highest first, and one story appears under each award and year once', () => {
    const site = buildSite(
      [
        entry({
          id: 'nhieu-khen',
          published: day('2025-01-01'),
          awards: [
            { award: 'giay-khen', year: 2019 },
            { award: 'anh-hung-lao-dong', year: 2024 },
            { award: 'giay-khen', year: 2021 },
          ],
        }),
      ],
      vocabularies,
    );
    const story = site.stories[0]!;
    expect(story.awards.map((a) => `${a.award.id} ${a.year}`)).toEqual([
      'anh-hung-lao-dong 2024',
      'giay-khen 2021',
      'giay-khen 2019',
    ]);
    expect(story.years).toEqual([2024, 2021, 2019]);
    expect(site.awards.map((t) => [t.id, t.stories.length])).toEqual([
      ['anh-hung-lao-dong', 1],
      ['giay-khen', 1],
    ]);
    expect(site.years.map((t) => t.item)).toEqual([2024, 2021, 2019]);
  });

  test('fields and places are in Vietnamese alphabetical order, skip empty ones and count their stories', () => {
    const site = buildSite(
      [
        entry({ field: 'y-te', locality: 'vu-ban', subject: { kind: 'tap-the', name: 'Trạm y tế xã' } }),
        entry({ field: 'nong-nghiep' }),
        entry({ field: 'giao-duc' }),
        entry({ field: 'y-te', subject: { kind: 'ho-gia-dinh', name: 'Gia đình ông Bình' } }),
      ],
      vocabularies,
    );
    // Giáo dục < Nông nghiệp < Y tế, although the vocabulary lists nong-nghiep first.
    expect(site.fields.map((t) => [t.id, t.stories.length])).toEqual([
      ['giao-duc', 1],
      ['nong-nghiep', 1],
      ['y-te', 2],
    ]);
    expect(site.localities.map((t) => [t.id, t.stories.length])).toEqual([
      ['hai-hau', 3],
      ['vu-ban', 1],
    ]);
    expect(site.kinds.map((t) => t.id)).toEqual(['ca-nhan', 'tap-the', 'ho-gia-dinh']);
  });

  test('ids are resolved to their vocabulary entries; the story ID comes from the manifest, or is the next one for a new story', () => {
    const site = buildSite([entry({ id: 'co-ma', movement: 'thi-dua-yeu-nuoc' }), entry({ id: 'chua-co-ma' })], vocabularies);
    expect(site.bySlug.get('co-ma')?.storyId).toBe('DH0007');
    // Not yet in the manifest: the ID the job after the merge will write.
    expect(site.bySlug.get('chua-co-ma')?.storyId).toBe('DH0008');
    const story = site.bySlug.get('co-ma')!;
    expect(story.field.name).toBe('Nông nghiệp');
    expect(story.locality.shortName).toBe('Hải Hậu');
    expect(story.movement?.name).toBe('Phong trào thi đua yêu nước');
    expect(story.practices).toEqual([]);
  });

  test('an id missing from its vocabulary is an error, not a silently empty page', () => {
    expect(() => buildSite([entry({ id: 'sai', field: 'khong-co' })], vocabularies)).toThrow(UnknownReferenceError);
    expect(() => buildSite([entry({ id: 'sai', field: 'khong-co' })], vocabularies)).toThrow(/sai: field "khong-co"/);
  });
});

describe('relatedStories', () => {
  test('same field and place first, then same field, then same place; never itself or unrelated', () => {
    const site = buildSite(
      [
        entry({ id: 'goc', field: 'nong-nghiep', locality: 'hai-hau', published: day('2024-01-01') }),
        entry({ id: 'cung-dia-phuong', field: 'giao-duc', locality: 'hai-hau', published: day('2024-06-01') }),
        entry({ id: 'cung-linh-vuc', field: 'nong-nghiep', locality: 'vu-ban', published: day('2024-05-01') }),
        entry({ id: 'ca-hai', field: 'nong-nghiep', locality: 'hai-hau', published: day('2023-01-01') }),
        entry({ id: 'khac', field: 'y-te', locality: 'vu-ban', published: day('2024-07-01') }),
      ],
      vocabularies,
    );
    const story = site.bySlug.get('goc')!;
    const byField = new Map(site.fields.map((t) => [t.id, t.stories]));
    const byLocality = new Map(site.localities.map((t) => [t.id, t.stories]));
    expect(relatedStories(story, byField, byLocality, 4).map((s) => s.slug)).toEqual([
      'ca-hai',
      'cung-linh-vuc',
      'cung-dia-phuong',
    ]);
    expect(relatedStories(story, byField, byLocality, 1).map((s) => s.slug)).toEqual(['ca-hai']);
  });
});
