import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { internalUrls, resolvesIn } from '../../scripts/lib/links.ts';
import { basePrefix, stripBase } from '../../src/lib/base-path.ts';
import { rebaseHeaders } from '../../src/lib/rebase-headers.ts';
import { sitemapFilter } from '../../src/lib/sitemap-filter.ts';

describe('the deployment base', () => {
  test('becomes one path prefix however BASE_PATH is written', () => {
    for (const base of ['/repo/', '/repo', 'repo', 'repo/', '//repo//']) expect(basePrefix(base), base).toBe('/repo');
    expect(basePrefix('/a/b/')).toBe('/a/b');
    for (const root of ['/', '', '//']) expect(basePrefix(root), root).toBe('');
  });

  test('comes off a served path; paths outside it are left alone', () => {
    expect(stripBase('/repo/dien-hinh/a/', '/repo/')).toBe('/dien-hinh/a/');
    expect(stripBase('/repo/', '/repo/')).toBe('/');
    expect(stripBase('/repo', '/repo/')).toBe('/');
    expect(stripBase('/dien-hinh/a/', '/')).toBe('/dien-hinh/a/');
    // A look-alike folder is not the base.
    expect(stripBase('/repository/dien-hinh/a/', '/repo/')).toBe('/repository/dien-hinh/a/');
    expect(stripBase('/dien-hinh/a/', '/repo/')).toBe('/dien-hinh/a/');
  });
});

describe('the sitemap filter', () => {
  const gone = new Set(['/dien-hinh/bai-da-go/', '/linh-vuc/cu/']);

  test('drops moved, withdrawn and replaced addresses, embed cards and the form editor, with or without a base', () => {
    for (const [base, origin] of [['/', 'https://a.test'], ['/repo/', 'https://a.test/repo']] as const) {
      const keep = sitemapFilter(gone, base);
      expect(keep(`${origin}/dien-hinh/bai-da-go/`), base).toBe(false);
      expect(keep(`${origin}/linh-vuc/cu/`), base).toBe(false);
      expect(keep(`${origin}/dien-hinh/an/nhung/`), base).toBe(false);
      expect(keep(`${origin}/quan-tri/`), base).toBe(false);
      expect(keep(`${origin}/quan-tri/config.yml`), base).toBe(false);
      expect(keep(`${origin}/dien-hinh/an/`), base).toBe(true);
      expect(keep(`${origin}/`), base).toBe(true);
    }
  });

  test('does not mistake a page for a gone one because of the base', () => {
    // Without the base taken off, this URL's path is /repo/dien-hinh/bai-da-go/ and would be kept.
    expect(sitemapFilter(gone, '/repo/')('https://a.test/repo/dien-hinh/bai-da-go/')).toBe(false);
    // At the root, a folder that happens to be called like a base is just a path.
    expect(sitemapFilter(gone, '/')('https://a.test/repo/dien-hinh/bai-da-go/')).toBe(true);
  });
});

describe('_headers under a base', () => {
  const headers = [
    '# No page may be framed /not-a-rule',
    '/*',
    '  X-Frame-Options: DENY',
    '',
    '/dien-hinh/:slug/nhung/',
    '  ! X-Frame-Options',
    '  Content-Security-Policy: frame-ancestors *',
    'https://other.test/*',
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');

  test('every URL pattern gets the base; headers, comments and absolute patterns do not', () => {
    expect(rebaseHeaders(headers, '/repo/').split('\n')).toEqual([
      '# No page may be framed /not-a-rule',
      '/repo/*',
      '  X-Frame-Options: DENY',
      '',
      '/repo/dien-hinh/:slug/nhung/',
      '  ! X-Frame-Options',
      '  Content-Security-Policy: frame-ancestors *',
      'https://other.test/*',
      '  X-Robots-Tag: noindex',
      '',
    ]);
  });

  test('at the root the file is unchanged', () => {
    expect(rebaseHeaders(headers, '/')).toBe(headers);
  });
});

describe('the link checker the gates use', () => {
  test('finds links, source sets, redirects, feed and data URLs, and absolute URLs on the site', () => {
    const origin = 'https://a.test';
    const html = [
      '<a href="/repo/x/">x</a><img src="/repo/a.webp" srcset="/repo/a-480.webp 480w, /repo/a-800.webp 800w">',
      '<meta http-equiv="refresh" content="0;url=/repo/moi/">',
      '<enclosure url="https://a.test/repo/anh.jpg" length="1" type="image/jpeg"/><link>https://a.test/repo/</link>',
      '<script type="application/ld+json">{"url":"https://a.test/repo/ld/","image":"https://a.test/repo/og.png"}</script>',
      'id,url\r\nan,https://a.test/repo/csv/,Tên\r\n',
      '<textarea>&lt;iframe src=&quot;https://a.test/repo/nhung/&quot;&gt;</textarea>',
      '<a href="https://other.test/repo/y/">elsewhere</a><a href="//cdn.test/z">cdn</a>',
      'Nguồn: https://a.test/repo/tin/\n',
    ].join('\n');
    expect(new Set(internalUrls(html, origin))).toEqual(
      new Set(['/repo/x/', '/repo/a.webp', '/repo/a-480.webp', '/repo/a-800.webp', '/repo/moi/', '/repo/anh.jpg', '/repo/', '/repo/ld/', '/repo/og.png', '/repo/csv/', '/repo/nhung/', '/repo/tin/']),
    );
    // A look-alike host is not the site.
    expect(internalUrls('"https://a.test.evil/x/"', origin)).toEqual([]);
  });

  test('resolves a path only under the base the site was built with', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'dien-hinh-links-'));
    await mkdir(path.join(dist, 'dien-hinh/an'), { recursive: true });
    await writeFile(path.join(dist, 'dien-hinh/an/index.html'), '');
    await writeFile(path.join(dist, 'rss.xml'), '');
    expect(resolvesIn(dist, '/repo/dien-hinh/an/', '/repo/')).toBe(true);
    expect(resolvesIn(dist, '/repo/rss.xml?x=1#y', '/repo/')).toBe(true);
    // The same file linked without the base is broken on the deployed site.
    expect(resolvesIn(dist, '/dien-hinh/an/', '/repo/')).toBe(false);
    expect(resolvesIn(dist, '/repo/dien-hinh/khong-co/', '/repo/')).toBe(false);
    expect(resolvesIn(dist, '/dien-hinh/an/', '/')).toBe(true);
    expect(resolvesIn(dist, '/repo/dien-hinh/an/', '/')).toBe(false);
  });
});
