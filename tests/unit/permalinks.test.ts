import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const story = storyText(validStory());
const draft = storyText(validStory({ draft: true }));

/** Problems of a content root with these stories and this manifest (YAML text). */
async function problemsOf(stories: Record<string, string>, manifest: string): Promise<string[]> {
  const root = await makeContentRoot({ ...stories, 'data/permalinks.yaml': manifest });
  const { problems } = await checkContent(root, root);
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ? `${p.field}: ` : ''}${p.message}`);
}

describe('permanent links', () => {
  test('stories listed in the manifest pass', async () => {
    expect(await problemsOf({ 'stories/an.mdx': story }, '- id: DH0001\n  slug: an\n')).toEqual([]);
  });

  test('a new story needs no entry: it passes, and a notice names the next free ID it will get', async () => {
    const root = await makeContentRoot({
      'stories/an.mdx': story,
      'stories/binh.mdx': story,
      'data/permalinks.yaml': '- id: DH0007\n  slug: an\n',
    });
    const { problems, notices } = await checkContent(root, root);
    expect(problems).toEqual([]);
    expect(notices.map((n) => `${n.file} ${n.message}`)).toMatchInlineSnapshot(`
      [
        "stories/binh.mdx Bài mới. Khi được gộp vào nhánh chính, bài sẽ có đường dẫn cố định /dien-hinh/binh/ và mã điển hình (dự kiến DH0008; nếu có bài khác được gộp trước thì là số kế tiếp). Hệ thống tự ghi mã, bạn không cần sửa tệp nào khác.",
      ]
    `);
  });

  test('a renamed story without a redirect fails; with redirectFrom it passes', async () => {
    expect(await problemsOf({ 'stories/an-moi.mdx': story }, '- id: DH0001\n  slug: an\n')).toMatchInlineSnapshot(`
      [
        "data/permalinks.yaml:1 DH0001: đường dẫn /dien-hinh/an/ đã được công bố nhưng không còn bài nào mang tên này. Nếu bài được đổi tên, hãy sửa slug thành tên mới và thêm dòng “redirectFrom: [an]”; nếu bài bị gỡ, thêm “withdrawn: NĂM-THÁNG-NGÀY” và “reason: lý do gỡ bài”.",
      ]
    `);
    expect(
      await problemsOf({ 'stories/an-moi.mdx': story }, '- id: DH0001\n  slug: an-moi\n  redirectFrom: [an]\n'),
    ).toEqual([]);
  });

  test('a removed story must be recorded as withdrawn, with a reason', async () => {
    expect(await problemsOf({}, '- id: DH0001\n  slug: an\n')).toHaveLength(1);
    expect(await problemsOf({}, '- id: DH0001\n  slug: an\n  withdrawn: 2025-01-10\n')).toMatchInlineSnapshot(`
      [
        "data/permalinks.yaml:1 reason (lý do): Bắt buộc khi bài đã gỡ (withdrawn): hãy ghi lý do để người đọc hiểu.",
      ]
    `);
    expect(
      await problemsOf({}, '- id: DH0001\n  slug: an\n  withdrawn: 2025-01-10\n  reason: "Đơn vị đề nghị gỡ để bổ sung."\n'),
    ).toEqual([]);
  });

  test('a published story cannot quietly become a draft again', async () => {
    expect(await problemsOf({ 'stories/an.mdx': draft }, '- id: DH0001\n  slug: an\n')).toMatchInlineSnapshot(`
      [
        "stories/an.mdx Bài này đã được đăng với mã DH0001 nên không thể chuyển lại thành bản nháp (báo, đài có thể đã dẫn đường dẫn). Nếu cần gỡ bài, hãy ghi withdrawn và reason cho DH0001 trong data/permalinks.yaml.",
      ]
    `);
  });

  test('a new draft needs no entry yet', async () => {
    expect(await problemsOf({ 'stories/an.mdx': draft }, '[]\n')).toEqual([]);
  });

  test('an old URL cannot also be a story, and a URL belongs to one ID', async () => {
    expect(
      await problemsOf(
        { 'stories/an.mdx': story, 'stories/binh.mdx': story },
        '- id: DH0001\n  slug: an\n  redirectFrom: [binh]\n- id: DH0002\n  slug: binh\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "data/permalinks.yaml:4 Đường dẫn /dien-hinh/binh/ đã thuộc về DH0001. Mỗi đường dẫn chỉ thuộc về một mã điển hình.",
        "stories/binh.mdx Tên “binh” đang được DH0001 dùng làm đường dẫn cũ (redirectFrom). Một đường dẫn không thể vừa chuyển hướng vừa là một bài; hãy đặt tên khác cho bài này.",
      ]
    `);
  });

  test('IDs have one shape and are never given twice', async () => {
    expect(await problemsOf({ 'stories/an.mdx': story }, '- id: dh-1\n  slug: an\n')).toMatchInlineSnapshot(`
      [
        "data/permalinks.yaml:1 id (mã): “dh-1” không đúng dạng mã điển hình: chữ DH và 4 chữ số, ví dụ DH0012.",
      ]
    `);
    expect(
      await problemsOf({ 'stories/an.mdx': story }, '- id: DH0001\n  slug: an\n- id: DH0001\n  slug: an\n'),
    ).toMatchInlineSnapshot(`
      [
        "data/permalinks.yaml:3 id (mã): Mã “DH0001” bị trùng với mục ở dòng 1.",
      ]
    `);
  });
});

describe('published taxonomy pages', () => {
  test('a listed page’s id cannot be removed from its vocabulary', async () => {
    const root = await makeContentRoot({
      'data/term-permalinks.yaml': '- path: /linh-vuc/nong-nghiep/\n- path: /linh-vuc/nghe-thuat/\n- path: /nam/2030/\n- path: /doi-tuong/ca-nhan/\n',
    });
    const { problems } = await checkContent(root, root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toMatchInlineSnapshot(`
      [
        "data/term-permalinks.yaml:2 Trang /linh-vuc/nghe-thuat/ đã được công bố nên mã “nghe-thuat” phải còn trong data/fields.yaml. Nếu muốn đổi tên, hãy sửa tên hiển thị và giữ nguyên mã; nếu đã thay bằng mã mới, thêm “redirectTo: <đường dẫn mới>” vào mục này; nếu mã bị xóa nhầm, hãy thêm lại.",
        "data/term-permalinks.yaml:3 Trang /nam/2030/ đã được công bố nên mã “2030” phải còn. Nếu muốn đổi tên, hãy sửa tên hiển thị và giữ nguyên mã; nếu đã thay bằng mã mới, thêm “redirectTo: <đường dẫn mới>” vào mục này; nếu mã bị xóa nhầm, hãy thêm lại.",
      ]
    `);
  });

  test('a replaced id may go when its entry redirects to an existing page of the same taxonomy', async () => {
    const ok = await makeContentRoot({
      'data/term-permalinks.yaml': '- path: /linh-vuc/trong-trot/\n  redirectTo: /linh-vuc/nong-nghiep/\n',
    });
    expect((await checkContent(ok, ok)).problems).toEqual([]);
    const bad = await makeContentRoot({
      'data/term-permalinks.yaml':
        '- path: /linh-vuc/trong-trot/\n  redirectTo: /dia-phuong/hai-hau/\n- path: /linh-vuc/y-te/\n  redirectTo: /linh-vuc/nong-nghiep/\n',
    });
    expect((await checkContent(bad, bad)).problems.map((p) => `${p.line} ${p.message}`)).toMatchInlineSnapshot(`
      [
        "1 Đường dẫn mới “/dia-phuong/hai-hau/” không phải một trang chủ đề cùng loại đang có. Hãy ghi đường dẫn trang thay thế, ví dụ /linh-vuc/nong-nghiep/.",
        "3 Trang /linh-vuc/y-te/ vẫn còn mã trong danh mục nên không thể vừa là trang vừa chuyển hướng. Hãy xóa dòng redirectTo, hoặc xóa mã cũ khỏi danh mục.",
      ]
    `);
  });

  test('paths outside the taxonomies are refused', async () => {
    const root = await makeContentRoot({ 'data/term-permalinks.yaml': '- path: /dien-hinh/an/\n' });
    const { problems } = await checkContent(root, root);
    expect(problems).toHaveLength(1);
  });
});
