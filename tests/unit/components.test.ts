import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import AwardList from '../../src/components/AwardList.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import Pagination from '../../src/components/Pagination.astro';
import { buildSite } from '../../src/lib/site.ts';
import { entry, vocabularies } from '../helpers/fake-site.ts';

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
});
