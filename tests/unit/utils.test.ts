import { describe, expect, test } from 'vitest';
import { compareVi } from '../../src/lib/compare.ts';
import { formatDate, formatShortDate, isoDay } from '../../src/lib/dates.ts';
import { foldVietnamese, toIdShape } from '../../src/lib/fold.ts';
import { groupBy } from '../../src/lib/group.ts';
import { nearestId } from '../../src/lib/nearest.ts';
import { GAP, pageWindow } from '../../src/lib/page-window.ts';
import { paginate } from '../../src/lib/paginate.ts';
import { pagePath, paths } from '../../src/lib/urls.ts';

describe('Vietnamese text', () => {
  test('folding removes tone and vowel marks and turns đ into d', () => {
    expect(foldVietnamese('Đào Minh Đức')).toBe('dao minh duc');
    expect(foldVietnamese('Điện Biên, Huyện Hải Hậu')).toBe('dien bien, huyen hai hau');
    expect(toIdShape('  Xuân Trường (cũ) ')).toBe('xuan-truong-cu');
  });

  test('sorting follows the Vietnamese alphabet', () => {
    const names = ['Đức', 'Dũng', 'Ánh', 'Bình', 'An', 'Ân', 'Ăn', 'Ơn', 'Ôn', 'On'];
    expect([...names].sort(compareVi)).toEqual(['An', 'Ánh', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đức', 'On', 'Ôn', 'Ơn']);
  });

  test('nearestId suggests a close id and nothing when nothing is close', () => {
    const ids = ['hai-hau', 'giao-thuy', 'nghia-hung'];
    expect(nearestId('Hải Hậu', ids)).toBe('hai-hau');
    expect(nearestId('hai-hua', ids)).toBe('hai-hau');
    expect(nearestId('giao thuỷ', ids)).toBe('giao-thuy');
    expect(nearestId('ha-noi-thu-do', ids)).toBeUndefined();
  });
});

describe('dates', () => {
  test('a date-only value keeps its day whatever the time zone', () => {
    const date = new Date('2024-03-01T00:00:00Z');
    expect(formatDate(date)).toBe('1 tháng 3, 2024');
    expect(formatShortDate(date)).toBe('01/03/2024');
    expect(isoDay(date)).toBe('2024-03-01');
  });
});

describe('lists', () => {
  test('groupBy keeps item order and lists an item once per distinct key', () => {
    const groups = groupBy(['a1', 'b1', 'a2', 'aa'], (s) => [...s].filter((c) => c !== '1' && c !== '2'));
    expect([...groups.entries()]).toEqual([
      ['a', ['a1', 'a2', 'aa']],
      ['b', ['b1']],
    ]);
  });

  test('paginate splits into full pages and a last partial one', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.number, p.total, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
    expect(paginate([], 24)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  test('a pagination bar shows the ends and two pages either side of the current one, with gaps between', () => {
    const bar = (current: number, total: number) => pageWindow(current, total).map((n) => (n === GAP ? '…' : n)).join(' ');
    expect(bar(200, 417)).toBe('1 … 198 199 200 201 202 … 417');
    expect(bar(1, 417)).toBe('1 2 3 … 417');
    expect(bar(417, 417)).toBe('1 … 415 416 417');
    // A gap of one page shows that page: "1 … 3" would hide a number behind a mark as wide as it.
    expect(bar(5, 9)).toBe('1 2 3 4 5 6 7 8 9');
    expect(bar(5, 12)).toBe('1 2 3 4 5 6 7 … 12');
    expect(bar(6, 12)).toBe('1 … 4 5 6 7 8 … 12');
    expect(bar(3, 5)).toBe('1 2 3 4 5');
    expect(bar(1, 2)).toBe('1 2');
    // However long the list, the bar is at most nine entries.
    for (const total of [10, 100, 10_000]) for (const current of [1, 2, 5, Math.floor(total / 2), total - 1, total]) expect(pageWindow(current, total).length).toBeLessThanOrEqual(9);
  });

  test('page 1 lives at the list path, later pages under trang/N/', () => {
    expect(pagePath(paths.stories(), 1)).toBe('/dien-hinh/');
    expect(pagePath(paths.field('y-te'), 3)).toBe('/linh-vuc/y-te/trang/3/');
    expect(paths.story('nguyen-van-a')).toBe('/dien-hinh/nguyen-van-a/');
  });
});
