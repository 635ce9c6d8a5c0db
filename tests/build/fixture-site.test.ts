import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASIC_ROOT } from '../helpers/content-root.ts';
import { readFragments } from '../helpers/pagefind.ts';
import { buildContentRoot, listFiles, pagePaths, readPage } from '../../scripts/lib/build.ts';

let outDir: string;
let files: string[];

beforeAll(async () => {
  const build = await buildContentRoot(BASIC_ROOT, { SITE_URL: 'https://vi-du.test' });
  expect(build.code, build.output).toBe(0);
  outDir = build.outDir;
  files = await listFiles(outDir);
});

/** Internal URLs a page refers to: links, images and source sets. */
function internalUrls(html: string): string[] {
  const urls = [...html.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
  for (const m of html.matchAll(/\bsrcset="([^"]+)"/g)) {
    urls.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  }
  return urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

describe('the site built from the fixture content root', () => {
  test('has every page of the URL map; taxonomy pages only for terms with stories or published before', () => {
    expect(pagePaths(files)).toEqual([
      '/',
      '/404.html',
      '/cach-lam-hay/',
      '/cach-lam-hay/nong-nghiep/',
      '/dia-phuong/',
      '/dia-phuong/hai-hau/',
      '/dia-phuong/nam-truc/',
      '/dia-phuong/thanh-pho-nam-dinh/',
      '/dien-hinh/',
      '/dien-hinh/bai-da-go/',
      '/dien-hinh/gia-dinh-ong-le-binh/',
      '/dien-hinh/gia-dinh-ong-le-binh/nhung/',
      '/dien-hinh/htx-dong-tam/',
      '/dien-hinh/htx-dong-tam/nhung/',
      '/dien-hinh/nguyen-van-an/',
      '/dien-hinh/nguyen-van-an/nhung/',
      '/dien-hinh/ong-nguyen-van-an/',
      '/dien-hinh/tran-thi-lan/',
      '/dien-hinh/tran-thi-lan/nhung/',
      '/doi-tuong/',
      '/doi-tuong/ca-nhan/',
      '/doi-tuong/ho-gia-dinh/',
      '/doi-tuong/tap-the/',
      '/du-lieu/',
      '/gioi-thieu/',
      '/khen-thuong/',
      '/khen-thuong/bang-khen-chu-tich-ubnd-tinh/',
      '/khen-thuong/chien-si-thi-dua-cap-tinh/',
      '/khen-thuong/chien-si-thi-dua-co-so/',
      '/khen-thuong/gia-dinh-van-hoa/',
      '/khen-thuong/nha-giao-uu-tu/',
      '/khen-thuong/tap-the-lao-dong-xuat-sac/',
      '/linh-vuc/',
      '/linh-vuc/giao-duc/',
      '/linh-vuc/nong-nghiep-cu/',
      '/linh-vuc/nong-nghiep/',
      '/linh-vuc/van-hoa/',
      '/linh-vuc/y-te/',
      '/nam/',
      '/nam/2019/',
      '/nam/2020/',
      '/nam/2021/',
      '/nam/2022/',
      '/nam/2023/',
      '/quan-tri/',
      '/thong-ke/',
      '/tim-kiem/',
    ]);
  });

  test('a draft appears in no page, sitemap or asset name', async () => {
    for (const file of files.filter((f) => /\.(html|xml|txt|json)$/.test(f))) {
      const text = await readFile(path.join(outDir, file), 'utf8');
      expect(text, file).not.toContain('ban-nhap-kiem-thu');
      expect(text, file).not.toContain('Bản nháp không bao giờ được đăng');
    }
  });

  test('every internal link, image and source set on every page resolves to a built file', async () => {
    const broken: string[] = [];
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      for (const url of internalUrls(await readPage(outDir, `/${page}`))) {
        const target = decodeURIComponent(url.split(/[?#]/)[0]!);
        const file = target.endsWith('/') ? `${target}index.html` : target;
        if (!existsSync(path.join(outDir, file))) broken.push(`${page} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('pages are Vietnamese, only the search page and the form editor have a script, and canonical URLs use SITE_URL', async () => {
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = await readPage(outDir, `/${page}`);
      expect(html, page).toContain('<html lang="vi">');
      if (page === 'tim-kiem/index.html') expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
      else if (page === 'quan-tri/index.html') {
        // Sveltia from the site itself, then the module that registers the preview.
        expect(html).toMatch(/<script src="\/quan-tri\/sveltia-cms\.js"><\/script>[\s\S]*<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
      } else expect(html, page).not.toMatch(/<script\b(?![^>]*application\/(ld\+)?json)/);
    }
    expect(await readPage(outDir, '/dien-hinh/htx-dong-tam/')).toContain(
      '<link rel="canonical" href="https://vi-du.test/dien-hinh/htx-dong-tam/">',
    );
  });

  test('a profile shows subject, kind, role, field, place, awards highest first, cover credit and the sample banner', async () => {
    const html = await readPage(outDir, '/dien-hinh/tran-thi-lan/');
    expect(html).toMatch(/<h1[^>]*>Cô giáo mở lớp học tiếng Anh miễn phí buổi tối<\/h1>/);
    expect(html).toContain('Trần Thị Lan');
    expect(html).toContain('Giáo viên trường trung học cơ sở');
    expect(html).toContain('href="/linh-vuc/giao-duc/"');
    expect(html).toContain('href="/dia-phuong/thanh-pho-nam-dinh/"');
    expect(html).toContain('href="/doi-tuong/ca-nhan/"');
    expect(html.indexOf('Nhà giáo ưu tú')).toBeLessThan(html.indexOf('Chiến sĩ thi đua bộ, ban, ngành, tỉnh'));
    expect(html).toContain('Minh họa: tạo tự động cho bộ kiểm thử');
    expect(html).toContain('Nội dung mẫu');
    expect(html).toContain('<time datetime="2024-02-10">10 tháng 2, 2024</time>');
  });

  test('stories can use the pull quote, figure and video components without importing them', async () => {
    const html = await readPage(outDir, '/dien-hinh/tran-thi-lan/');
    expect(html).toMatch(/<figure class="pull-quote"><blockquote>\s*Học sinh nào cũng có thể giỏi tiếng Anh/);
    expect(html).toContain('<figcaption>Cô Trần Thị Lan</figcaption>');
    expect(html).toMatch(/<figure class="story-figure">[\s\S]*?<img [^>]*alt="Một lớp học buổi tối"[\s\S]*?Lớp học buổi tối[\s\S]*?Minh họa: bộ kiểm thử/);
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('title="Phóng sự về lớp học buổi tối"');
  });

  test('a profile lists its decision, movement, practices and last update', async () => {
    const html = await readPage(outDir, '/dien-hinh/nguyen-van-an/');
    expect(html).toContain('Số 10/QĐ-UBND ngày 05/01/2024');
    expect(html).toContain('Nông dân thi đua sản xuất, kinh doanh giỏi');
    expect(html).toContain('Chọn hạt giống từ những khóm lúa khỏe nhất ngay trên ruộng nhà.');
    expect(html).toContain('<time datetime="2024-06-01">1 tháng 6, 2024</time>');
  });

  test('the search index holds a profile’s own words, not the labels and notes every profile shares', async () => {
    const fragments = await readFragments(outDir);
    const indexed = (url: string) => fragments.find((f) => f.url === url)!.content;
    const content = indexed('/dien-hinh/nguyen-van-an/');
    // Text reaches Pagefind with đ folded to d (src/search/index-html.ts).
    expect(content).toContain('Chọn hạt giống từ những khóm lúa khỏe nhất ngay trên ruộng nhà.');
    expect(content).toContain('Nguyễn Văn An');
    expect(content).toContain('DH0003');
    expect(content).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(content).toContain('Nông dân thi dua sản xuất, kinh doanh giỏi');
    // The host a visitor contacts is the story's own; the note on private contacts is everyone's.
    expect(content).toContain('Hội Nông dân xã Hải Hòa');
    for (const shared of ['Trang không dăng số diện thoại', 'Ngày dăng', 'Cập nhật lần cuối', 'Thông tin chính', 'Những việc có thể học tập', 'Số 10/QD-UBND']) {
      expect(content).not.toContain(shared);
    }
    // Award years and labels no longer run into the words beside them ("tỉnh2024").
    expect(content).not.toMatch(/\p{L}(?:19|20)\d\d/u);
    // Without a host of its own, a profile's "how to visit" text is the shared one: not indexed.
    expect(indexed('/dien-hinh/gia-dinh-ong-le-binh/')).not.toContain('Muốn dến tham quan');
  });

  test('a profile links related stories of the same field or place', async () => {
    const html = await readPage(outDir, '/dien-hinh/nguyen-van-an/');
    const related = html.slice(html.indexOf('id="lien-quan"'));
    expect(related).toContain('href="/dien-hinh/htx-dong-tam/"');
    expect(related).toContain('href="/dien-hinh/gia-dinh-ong-le-binh/"');
    expect(related).not.toContain('href="/dien-hinh/tran-thi-lan/"');
  });

  test('covers are responsive AVIF and WebP with intrinsic size', async () => {
    const profile = await readPage(outDir, '/dien-hinh/tran-thi-lan/');
    expect(profile).toMatch(/<source srcset="[^"]+\.avif 480w[^"]*" type="image\/avif"/);
    // WebP is the fallback every current browser reads; no JPEG copies are made.
    expect(profile).toMatch(/<img src="[^"]+\.webp" srcset="[^"]+\.webp 480w[^"]*"/);
    expect(/<picture>.*?<\/picture>/.exec(profile)![0]).not.toMatch(/\.jpe?g/);
    expect(profile).toMatch(/<img [^>]*width="\d+" height="\d+"/);
  });

  test('a picture’s fallback src is one of its own srcset files, not a copy of the upload at full size', async () => {
    let pictures = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      for (const [picture] of html.matchAll(/<picture>.*?<\/picture>/g)) {
        const img = /<img src="([^"]+)" srcset="([^"]+)"/.exec(picture);
        expect(img, `${file}: ${picture}`).not.toBeNull();
        const srcset = img![2]!.split(',').map((part) => part.trim().split(/\s+/)[0]);
        expect(srcset, file).toContain(img![1]);
        pictures++;
      }
    }
    // The profile, its embed card and the lists that show the cover.
    expect(pictures).toBeGreaterThanOrEqual(3);
    // Nor is the upload itself published by Astro (reading the imported image's size would do that).
    expect(files.filter((f) => /^_astro\/.*\.(jpe?g|png)$/i.test(f))).toEqual([]);
    expect(files.filter((f) => /^_astro\/.*\.webp$/.test(f)).length).toBeGreaterThan(0);
  });

  test('lists count their stories and show the newest first', async () => {
    const html = await readPage(outDir, '/dia-phuong/hai-hau/');
    expect(html).toContain('2 điển hình');
    expect(html.indexOf('/dien-hinh/nguyen-van-an/')).toBeLessThan(html.indexOf('/dien-hinh/gia-dinh-ong-le-binh/'));
    const index = await readPage(outDir, '/dia-phuong/');
    expect(index).toMatch(/Huyện Hải Hậu<\/span><span class="term-count">2 điển hình/);
    expect(index).toContain('30/06/2025');
  });

  test('the home page shows the featured story and ways in by field, place, kind, award and year', async () => {
    const html = await readPage(outDir, '/');
    const featured = html.slice(html.indexOf('id="noi-bat"'), html.indexOf('id="moi-dang"'));
    expect(featured).toContain('/dien-hinh/htx-dong-tam/');
    for (const href of ['/linh-vuc/nong-nghiep/', '/dia-phuong/hai-hau/', '/doi-tuong/ho-gia-dinh/', '/khen-thuong/nha-giao-uu-tu/', '/nam/2023/']) {
      expect(html).toContain(`href="${href}"`);
    }
    // No story holds a Giấy khen, so there is no way in to an empty page.
    expect(html).not.toContain('/khen-thuong/giay-khen/');
  });

  test('the sitemap lists every page except 404, moved or withdrawn stories, embed cards and the editor, on SITE_URL', async () => {
    const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace('https://vi-du.test', '')).sort();
    const notPages = ['/404.html', '/dien-hinh/bai-da-go/', '/dien-hinh/ong-nguyen-van-an/', '/linh-vuc/nong-nghiep-cu/', '/quan-tri/'];
    expect(urls).toEqual(pagePaths(files).filter((p) => !notPages.includes(p) && !p.endsWith('/nhung/')));
  });

  test('a published taxonomy page stays, empty, when its last story goes (term-permalinks.yaml)', async () => {
    const html = await readPage(outDir, '/linh-vuc/y-te/');
    expect(html).toMatch(/<h1>Y tế<\/h1>/);
    expect(html).toContain('Chưa có điển hình nào.');
    expect(await readPage(outDir, '/')).not.toContain('href="/linh-vuc/y-te/"');
  });

  test('/cach-lam-hay/ gathers every practice by field, each linking to its story', async () => {
    const html = await readPage(outDir, '/cach-lam-hay/');
    const farming = html.slice(html.indexOf('id="nong-nghiep"'));
    expect(farming).toMatch(/Chọn hạt giống từ những khóm lúa khỏe nhất ngay trên ruộng nhà\.[\s\S]*?href="\/dien-hinh\/nguyen-van-an\/"/);
    expect(farming).toContain('Ghi sổ lịch gieo cấy để cả xóm làm cùng một thời vụ.');
    expect(await readPage(outDir, '/cach-lam-hay/nong-nghiep/')).toContain('2 cách làm hay');
  });

  test('/thong-ke/ counts stories by field, place, kind, award and year in tables with build-time bars', async () => {
    const html = await readPage(outDir, '/thong-ke/');
    const row = (label: string) => new RegExp(`<a href="[^"]+">${label}</a></th><td class="num">(\\d+)</td>`).exec(html)?.[1];
    expect([row('Nông nghiệp'), row('Giáo dục'), row('Văn hóa')]).toEqual(['2', '1', '1']);
    expect([row('Huyện Hải Hậu'), row('Cá nhân'), row('Tập thể'), row('Hộ gia đình')]).toEqual(['2', '2', '1', '1']);
    expect(row('2023')).toBe('2');
    expect(html).toMatch(/<svg class="bar"[^>]*aria-hidden="true"[^>]*><rect width="100"/);
    expect(html).not.toContain('<script');
  });

  test('a profile explains how to learn from the model through its organisation, and what happened since', async () => {
    const html = await readPage(outDir, '/dien-hinh/nguyen-van-an/');
    const learn = html.slice(html.indexOf('id="hoc-tap-mo-hinh"'));
    expect(learn).toContain('hãy liên hệ qua Hội Nông dân xã Hải Hòa.');
    expect(learn).toContain('Đón khách tham quan ruộng giống vào đầu vụ');
    const timeline = html.slice(html.indexOf('id="sau-khen-thuong"'), html.indexOf('id="hoc-tap-mo-hinh"'));
    expect(timeline.indexOf('2024-05-01')).toBeLessThan(timeline.indexOf('2024-09-01'));
    const generic = await readPage(outDir, '/dien-hinh/htx-dong-tam/');
    expect(generic).toContain('hãy liên hệ qua Ủy ban nhân dân xã, phường hoặc cơ quan, đơn vị');
    expect(generic).not.toContain('id="sau-khen-thuong"');
  });

  test('every profile links to the correction form, prefilled with its address', async () => {
    const html = await readPage(outDir, '/dien-hinh/htx-dong-tam/');
    const href = /<p class="correction-link"[^>]*><a href="([^"]+)">Đề nghị đính chính<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    const url = new URL(href!);
    expect(url.pathname.endsWith('/issues/new')).toBe(true);
    expect(url.searchParams.get('template')).toBe('de-nghi-dinh-chinh.yml');
    expect(url.searchParams.get('url')).toBe('https://vi-du.test/dien-hinh/htx-dong-tam/');
  });

  test('a replaced taxonomy id’s old URL sends readers on to the new page', async () => {
    const html = await readPage(outDir, '/linh-vuc/nong-nghiep-cu/');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/linh-vuc/nong-nghiep/">');
    expect(html).toContain('href="/linh-vuc/nong-nghiep/">Nông nghiệp</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('a renamed story’s old URL sends readers on to the new one', async () => {
    const html = await readPage(outDir, '/dien-hinh/ong-nguyen-van-an/');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/dien-hinh/nguyen-van-an/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/dien-hinh/nguyen-van-an/">Người nông dân giữ giống lúa thơm ở Hải Hậu</a>');
  });

  test('a withdrawn story’s URL says when and why it was taken down', async () => {
    const html = await readPage(outDir, '/dien-hinh/bai-da-go/');
    expect(html).toMatch(/<h1>Bài đã được gỡ<\/h1>/);
    expect(html).toContain('Điển hình mang mã DH0005 đã được gỡ khỏi trang từ ngày 01/09/2024.');
    expect(html).toContain('Theo đề nghị của đơn vị, bài được gỡ để bổ sung thông tin.');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('each profile shows its permanent story ID from the manifest', async () => {
    expect(await readPage(outDir, '/dien-hinh/nguyen-van-an/')).toMatch(/<dt[^>]*>Mã điển hình<\/dt>\s*<dd>DH0003<\/dd>/);
    expect(await readPage(outDir, '/dien-hinh/htx-dong-tam/')).toMatch(/<dd>DH0004<\/dd>/);
  });

  test('the 404 page is Vietnamese, not indexed, and leads back home', async () => {
    const html = await readPage(outDir, '/404.html');
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/"');
  });
});
