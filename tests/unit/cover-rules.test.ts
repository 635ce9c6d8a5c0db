import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const image = (width: number, format: 'jpeg' | 'png' | 'webp' | 'tiff' | 'gif' = 'jpeg') =>
  sharp({ create: { width, height: Math.round(width / 1.6), channels: 3, background: '#3a6b35' } })
    .toFormat(format)
    .toBuffer();

/** A story in folder form with the given cover file and alt text; returns its problems. */
async function coverProblems(file: string, bytes: Uint8Array, alt = 'Ông An bên ruộng lúa chín') {
  const story = validStory({ cover: `./${file}`, coverAlt: alt, coverCredit: 'Ảnh: Báo tỉnh' });
  const root = await makeContentRoot({ 'stories/an/index.mdx': storyText(story), [`stories/an/${file}`]: bytes });
  const { problems } = await checkContent(root, root);
  return problems.map((p) => `${p.line} ${p.field}: ${p.message}`);
}

describe('cover photos', () => {
  test('a JPEG, PNG or WebP at least 1200 px wide passes', async () => {
    expect(await coverProblems('anh.jpg', await image(1200))).toEqual([]);
    expect(await coverProblems('anh.png', await image(1600, 'png'))).toEqual([]);
    expect(await coverProblems('anh.webp', await image(2000, 'webp'))).toEqual([]);
  });

  test('too small, too heavy, or in another format is refused with the number found', async () => {
    expect(await coverProblems('anh.jpg', await image(800))).toMatchInlineSnapshot(`
      [
        "15 cover (ảnh bìa): Ảnh bìa chỉ rộng 800 điểm ảnh; cần ít nhất 1200 để hiện rõ trên trang và khi chia sẻ. Hãy xin ảnh gốc cỡ lớn hơn.",
      ]
    `);
    const heavy = Buffer.concat([await image(1600), Buffer.alloc(5.5 * 1024 * 1024)]);
    expect(await coverProblems('anh.jpg', heavy)).toMatchInlineSnapshot(`
      [
        "15 cover (ảnh bìa): Ảnh bìa nặng 5,5 MB; tối đa 5 MB. Hãy lưu lại ảnh ở chất lượng thấp hơn hoặc thu nhỏ còn khoảng 2000 điểm ảnh chiều rộng.",
      ]
    `);
    expect(await coverProblems('anh.tif', await image(1600, 'tiff'))).toMatchInlineSnapshot(`
      [
        "15 cover (ảnh bìa): “./anh.tif” không phải tệp ảnh. Bài chỉ được kèm ảnh JPG, PNG, WebP hoặc AVIF; hãy lưu ảnh ở một trong các dạng đó.",
      ]
    `);
    expect(await coverProblems('anh.jpg', new TextEncoder().encode('không phải ảnh'))).toHaveLength(1);
  });

  test('an alt text that is the file name or a bare word is refused', async () => {
    const ok = await image(1600);
    expect(await coverProblems('anh-bia.jpg', ok, 'anh-bia.jpg')).toMatchInlineSnapshot(`
      [
        "16 coverAlt (mô tả ảnh bìa): Mô tả ảnh “anh-bia.jpg” không cho người khiếm thị biết ảnh có gì. Hãy tả ngắn gọn nội dung ảnh, ví dụ “Ông Bình kiểm tra lúa trên cánh đồng”.",
      ]
    `);
    expect(await coverProblems('anh-bia.jpg', ok, 'anh-bia')).toHaveLength(1);
    expect(await coverProblems('anh-bia.jpg', ok, 'Hình ảnh 1')).toHaveLength(1);
  });
});
