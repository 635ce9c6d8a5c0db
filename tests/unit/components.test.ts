import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import AwardList from '../../src/components/AwardList.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import Pagination from '../../src/components/Pagination.astro';
import PracticeList from '../../src/components/PracticeList.astro';
import StoryCard from '../../src/components/StoryCard.astro';
import { fieldTone, TONE_COUNT } from '../../src/lib/field-tone.ts';
import { practicesOf } from '../../src/lib/practices.ts';
import { buildSite } from '../../src/lib/site.ts';
import { day, entry, vocabularies } from '../helpers/fake-site.ts';

const container = await AstroContainer.create();

describe('components', () => {
  test('AwardList shows awards in the order given, each linking to its award and year page', async () => {
    const site = buildSite(
      [entry({ published: new Date('2025-01-01'), awards: [{ award: 'giay-khen', year: 2020 }, { award: 'anh-hung-lao-dong', year: 2024, decision: 'Số 5/QĐ-CTN' }] })],
      vocabularies,
    );
    const html = await container.renderToString(AwardList, { props: { awards: site.stories[0]!.awards } });
    expect(html.indexOf('Anh hùng Lao động')).toBeLessThan(html.indexOf('Giấy khen'));
    expect(html).toContain('href="/khen-thuong/anh-hung-lao-dong/"');
    expect(html).toContain('href="/nam/2024/"');
    expect(html).toContain('Số 5/QĐ-CTN');
  });

  test('Breadcrumbs start at home and mark the last item as the current page, unlinked', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { items: [{ label: 'Lĩnh vực', href: '/linh-vuc/' }, { label: 'Y tế' }] },
    });
    expect(html).toContain('<a href="/">Trang chủ</a>');
    expect(html).toContain('<a href="/linh-vuc/">Lĩnh vực</a>');
    expect(html).toMatch(/<span aria-current="page">Y tế<\/span>/);
  });

  test('Pagination links neighbours, marks the current page, and is absent for a single page', async () => {
    const html = await container.renderToString(Pagination, { props: { listPath: '/dien-hinh/', current: 2, total: 3 } });
    expect(html).toContain('href="/dien-hinh/" rel="prev"');
    expect(html).toContain('href="/dien-hinh/trang/3/" rel="next"');
    expect(html).toContain('<span aria-current="page">2</span>');
    const single = await container.renderToString(Pagination, { props: { listPath: '/dien-hinh/', current: 1, total: 1 } });
    expect(single).not.toContain('<nav');
  });

  test('Pagination of a long list links the ends and the pages near the current one, not every page', async () => {
    const html = await container.renderToString(Pagination, { props: { listPath: '/dien-hinh/', current: 200, total: 417 } });
    const numbered = [...html.matchAll(/aria-label="Trang (\d+)"/g)].map((m) => Number(m[1]));
    expect(numbered).toEqual([1, 198, 199, 201, 202, 417]);
    expect(html).toContain('<span aria-current="page">200</span>');
    expect(html.match(/<li class="pagination-gap">…<\/li>/g)).toHaveLength(2);
    expect(html).toContain('href="/dien-hinh/trang/199/" rel="prev"');
    expect(html).toContain('href="/dien-hinh/trang/201/" rel="next"');
  });

  test('StoryCard without a cover shows a decorative band in its field’s tone instead of a photo', async () => {
    const site = buildSite([entry({ published: new Date('2025-01-01') })], vocabularies);
    const story = site.stories[0]!;
    const html = await container.renderToString(StoryCard, { props: { story } });
    expect(html).not.toContain('<img');
    const band = /<div class="card-image card-band tone-(\d)" aria-hidden="true"><span class="card-band-label">([^<]+)<\/span><\/div>/.exec(html);
    expect(band?.[1]).toBe(String(fieldTone(story.field.id)));
    expect(band?.[2]).toBe(story.field.name);
    expect(html).toMatch(/<article class="card">/);
    const feature = await container.renderToString(StoryCard, { props: { story, feature: true } });
    expect(feature).toMatch(/<article class="card card-feature">/);
  });

  test('a compact StoryCard (related stories) keeps title, subject and award but no band, summary or date', async () => {
    const site = buildSite([entry({ published: new Date('2025-01-01') })], vocabularies);
    const story = site.stories[0]!;
    const full = await container.renderToString(StoryCard, { props: { story } });
    const compact = await container.renderToString(StoryCard, { props: { story, compact: true } });
    // The full card, as a control: band, summary and date are there.
    for (const part of ['card-band', `<p class="card-summary">${story.summary}</p>`, '<p class="card-date">']) expect(full).toContain(part);
    for (const part of ['card-band', 'card-image', story.summary, '<p class="card-date">']) expect(compact).not.toContain(part);
    expect(compact).toMatch(/<article class="card card-compact">/);
    expect(compact).toContain(`<a href="/dien-hinh/${story.slug}/">${story.title}</a>`);
    expect(compact).toContain(`${story.subject.name} · `);
    expect(compact).toContain(`<p class="card-award">`);
    expect(compact.length).toBeLessThan(full.length);
  });

  test('PracticeList names a story once for its practices that stand together, and again where it comes back', async () => {
    const site = buildSite(
      [
        entry({ published: day('2025-03-01'), title: 'Ruộng giống', practices: ['Chọn hạt giống tốt.', 'Ghi sổ lịch gieo cấy.'] }),
        entry({ published: day('2025-02-01'), title: 'Nhà văn hóa', practices: ['Mở cửa nhà văn hóa mỗi tối.'] }),
      ],
      vocabularies,
    );
    const [farm, hall] = site.stories;
    const practices = practicesOf(site.stories);
    const html = await container.renderToString(PracticeList, { props: { practices: [...practices, practices[0]!] } });
    const links = (slug: string) => html.split(`<a href="/dien-hinh/${slug}/">`).length - 1;
    // Two practices of the farm, then the hall's one, then the farm's again: three source lines.
    expect([links(farm!.slug), links(hall!.slug)]).toEqual([2, 1]);
    expect(html).toMatch(/<ul class="practice-texts" role="list"><li class="practice-text">Chọn hạt giống tốt\.<\/li><li class="practice-text">Ghi sổ lịch gieo cấy\.<\/li><\/ul><p class="practice-source">/);
    // A practice on its own is a paragraph, not a list of one.
    expect(html).toContain('<p class="practice-text">Mở cửa nhà văn hóa mỗi tối.</p>');
    expect(html.match(/class="practice-texts"/g)).toHaveLength(1);
  });

  test('field tones are stable, within the CSS tones, and tell neighbouring fields apart', () => {
    const ids = ['nong-nghiep', 'cong-nghiep', 'kinh-doanh', 'giao-duc', 'y-te', 'van-hoa', 'khoa-hoc-cong-nghe'];
    const tones = ids.map(fieldTone);
    expect(ids.map(fieldTone)).toEqual(tones);
    for (const tone of tones) expect(tone >= 1 && tone <= TONE_COUNT).toBe(true);
    expect(new Set(tones).size).toBeGreaterThanOrEqual(4);
    // Every tone has its colours in the stylesheet, light and dark.
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    for (let tone = 1; tone <= TONE_COUNT; tone++) expect(css.match(new RegExp(`\\.tone-${tone} \\{ --tone-bg`, 'g'))).toHaveLength(2);
  });
});
