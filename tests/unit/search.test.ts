import { describe, expect, test } from 'vitest';
import { foldDStroke } from '../../src/lib/fold.ts';
import { isEmptySearch, parseSearchParams, toPagefindFilters, toSearchParams } from '../../src/search/facets.ts';
import { keepFirstMentions } from '../../src/search/first-mentions.ts';
import { foldHtmlForIndex, indexedPart } from '../../src/search/index-html.ts';
import { bringsWholeWords, searchedAsTyped } from '../../src/search/typing.ts';

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

describe('the part of a profile given to Pagefind', () => {
  const page = (article: string) =>
    `<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><header>Trang chủ</header><main>${article}<div class="wrap"><section class="press">Báo chí</section><ul><li><article class="card">Bài khác</article></li></ul></div></main><footer>Chân trang</footer></body></html>`;

  test('is the data-pagefind-body article in the page’s own html tag; head, press kit, related cards and footer are left out', () => {
    const article = '<article class="wrap profile" data-pagefind-body><h1 data-pagefind-weight="10">Đào Văn An</h1><p>Nuôi tôm</p></article>';
    expect(indexedPart(page(article))).toBe(`<!DOCTYPE html><html lang="vi"><body>${article}</body></html>`);
  });

  test('a page it cannot cut safely is given whole: no such article, or an article inside it', () => {
    const nested = '<article class="wrap profile" data-pagefind-body><h1>A</h1><article class="card">B</article></article>';
    expect(indexedPart(page(nested))).toBe(page(nested));
    const noArticle = '<div data-pagefind-body><h1>A</h1></div>';
    expect(indexedPart(page(noArticle))).toBe(page(noArticle));
    expect(indexedPart('<p>không có gì</p>')).toBe('<p>không có gì</p>');
  });
});

describe('the running text given to Pagefind: each word at its first mention', () => {
  const prose = (html: string) => `<div class="prose">${html}</div>`;

  test('later mentions are dropped, compared in lower case; tags and attributes are left as they are', () => {
    const html = prose('<p title="lúa lúa">Nông dân trồng lúa. <b>Nông</b> dân bán lúa, NÔNG DÂN vui.</p>');
    expect(keepFirstMentions(html)).toBe(prose('<p title="lúa lúa">Nông dân trồng lúa. <b></b>  bán ,   vui.</p>'));
  });

  test('accented forms are different words, as they are different entries in the index', () => {
    expect(keepFirstMentions(prose('<p>nguyên nguyễn nguyên Nguyễn nguyen</p>'))).toBe(prose('<p>nguyên nguyễn   nguyen</p>'));
  });

  test('only the story’s text is thinned: the title, the line above it and the practices are kept whole and not counted', () => {
    const html = `<p class="eyebrow">Lúa · lúa</p><h1 data-pagefind-weight="10">Lúa lúa</h1>${prose('<p>lúa <div>lúa</div></p><ol data-pagefind-weight="3"><li>lúa <ol><li>lúa</li></ol> lúa</li></ol><p>lúa</p>')}<ol><li>lúa lúa</li></ol>`;
    expect(keepFirstMentions(html)).toBe(
      `<p class="eyebrow">Lúa · lúa</p><h1 data-pagefind-weight="10">Lúa lúa</h1>${prose('<p>lúa <div></div></p><ol data-pagefind-weight="3"><li>lúa <ol><li>lúa</li></ol> lúa</li></ol><p></p>')}<ol><li>lúa lúa</li></ol>`,
    );
  });

  test('text Pagefind skips (ignored elements, svg) does not count, so the first indexed mention stays', () => {
    const html = prose('<p data-pagefind-ignore>tôm</p><svg><title>tôm</title></svg><div data-pagefind-ignore="all"><div>cá</div>cá</div><p>tôm cá tôm</p>');
    expect(keepFirstMentions(html)).toBe(
      prose('<p data-pagefind-ignore>tôm</p><svg><title>tôm</title></svg><div data-pagefind-ignore="all"><div>cá</div>cá</div><p>tôm cá </p>'),
    );
  });

  test('an ignored element without a closing tag (img) does not hide the text after it', () => {
    expect(keepFirstMentions(prose('<img data-pagefind-ignore alt=""><p>tôm tôm</p>'))).toBe(prose('<img data-pagefind-ignore alt=""><p>tôm </p>'));
  });

  test('entities and numbers: an entity is never cut, a number is a word like any other', () => {
    expect(keepFirstMentions(prose('<p>Tôm &amp; cá: 100 tấn, 100 &amp; tôm</p>'))).toBe(prose('<p>Tôm &amp; cá: 100 tấn,  &amp; </p>'));
  });

  test('a page without a story text is given as it is', () => {
    const html = '<h1>Tôm tôm</h1><p>tôm tôm</p>';
    expect(keepFirstMentions(html)).toBe(html);
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

describe('fetching a query’s index ahead of the search', () => {
  test('happens when whole words arrive: pasted or committed at once, or ended by a space', () => {
    expect(bringsWholeWords('', 'nong dan')).toBe(true);
    expect(bringsWholeWords('nong', 'nong dan')).toBe(true);
    expect(bringsWholeWords('', 'Đào')).toBe(true);
    expect(bringsWholeWords('nong', 'nong ')).toBe(true);
    expect(bringsWholeWords('nong dan', 'nong dan\t')).toBe(true);
  });

  test('never for a single letter typed or deleted, nor for an empty box', () => {
    expect(bringsWholeWords('', 'n')).toBe(false);
    expect(bringsWholeWords('n', 'ng')).toBe(false);
    expect(bringsWholeWords('nong d', 'nong da')).toBe(false);
    expect(bringsWholeWords('nong da', 'nong d')).toBe(false);
    expect(bringsWholeWords('nong dan', '')).toBe(false);
    expect(bringsWholeWords('', '   ')).toBe(false);
    // A second space after a word, or deleting back to one, brings no new word.
    expect(bringsWholeWords('nong ', 'nong  ')).toBe(false);
  });
});

describe('searching as the reader types', () => {
  test('waits while the last word is a single letter', () => {
    for (const text of ['n', 'Đ', 'nong d', 'nong dan  t', ' n']) expect(searchedAsTyped(text), text).toBe(false);
  });

  test('searches two letters or more, a one-letter word ended by a space, and an empty box', () => {
    for (const text of ['ng', 'nong', 'nong da', 'y ', 'y te', 'nong d ', '', '   ']) expect(searchedAsTyped(text), text).toBe(true);
  });
});
