import { describe, expect, test } from 'vitest';
import { foldDStroke } from '../../src/lib/fold.ts';
import { isEmptySearch, parseSearchParams, toPagefindFilters, toSearchParams } from '../../src/search/facets.ts';
import { foldHtmlForIndex } from '../../src/search/index-html.ts';

describe('folding for the search index', () => {
  test('đ and Đ become d and D; every other mark stays for Pagefind to handle', () => {
    expect(foldDStroke('Đào Minh Đức, đại úy')).toBe('Dào Minh Dức, dại úy');
  });

  test('only text between tags is folded; attributes that readers see stay as written', () => {
    const html = '<h1 data-pagefind-weight="10">Đặng Văn Khoa</h1><span data-title="Đặng Văn Khoa" data-pagefind-filter="dia-phuong:y-yen"></span><p>đồ gỗ</p>';
    expect(foldHtmlForIndex(html)).toBe(
      '<h1 data-pagefind-weight="10">Dặng Văn Khoa</h1><span data-title="Đặng Văn Khoa" data-pagefind-filter="dia-phuong:y-yen"></span><p>dồ gỗ</p>',
    );
  });
});

describe('search URL state', () => {
  test('reads the query and every facet, ignoring unknown parameters and malformed values', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=+nong+dan+&linh-vuc=nong-nghiep&nam=2023&nam=2024&nam=2023&dia-phuong=<script>&utm=x'),
    );
    expect(state).toEqual({
      q: 'nong dan',
      filters: { 'linh-vuc': ['nong-nghiep'], 'dia-phuong': [], 'doi-tuong': [], 'khen-thuong': [], nam: ['2023', '2024'] },
    });
  });

  test('writes a stable URL, so the same search always has the same address', () => {
    const a = parseSearchParams(new URLSearchParams('nam=2024&q=banh+da&nam=2019&linh-vuc=kinh-doanh'));
    const b = parseSearchParams(new URLSearchParams('linh-vuc=kinh-doanh&nam=2019&nam=2024&q=banh da'));
    expect(toSearchParams(a).toString()).toBe('q=banh+da&linh-vuc=kinh-doanh&nam=2019&nam=2024');
    expect(toSearchParams(b).toString()).toBe(toSearchParams(a).toString());
  });

  test('filters become "any of" per facet, and empty facets are left out', () => {
    const state = parseSearchParams(new URLSearchParams('dia-phuong=hai-hau&dia-phuong=giao-thuy&doi-tuong=tap-the'));
    expect(toPagefindFilters(state)).toEqual({
      'dia-phuong': { any: ['hai-hau', 'giao-thuy'] },
      'doi-tuong': { any: ['tap-the'] },
    });
  });

  test('an empty search is recognised, a filter alone is not empty', () => {
    expect(isEmptySearch(parseSearchParams(new URLSearchParams('q=++')))).toBe(true);
    expect(isEmptySearch(parseSearchParams(new URLSearchParams('nam=2023')))).toBe(false);
  });
});
