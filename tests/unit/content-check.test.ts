import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { formatAnnotation, formatReport } from '../../src/content-rules/report.ts';
import { BASIC_ROOT, makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

/** Checks a content root and returns its problems as `file:line field: message` lines. */
async function problemsOf(files: Record<string, string | Uint8Array>): Promise<string[]> {
  const root = await makeContentRoot(files);
  const { problems } = await checkContent(root, root);
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ? `${p.field}: ` : ''}${p.message}`);
}

describe('content check', () => {
  test('the fixture content root is valid and its stories are all found, drafts included', async () => {
    const { problems, stories } = await checkContent(BASIC_ROOT);
    expect(problems).toEqual([]);
    expect([...stories.keys()].sort()).toEqual([
      'ban-nhap-kiem-thu',
      'gia-dinh-ong-le-binh',
      'htx-dong-tam',
      'nguyen-van-an',
      'tran-thi-lan',
    ]);
  });

  test('an unknown field id names the file, line and field, and suggests the nearest id', async () => {
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(validStory({ field: 'nong-nghep' })) }))
      .toMatchInlineSnapshot(`
        [
          "stories/a-b.mdx:7 field (lĩnh vực): Không có mã “nong-nghep” trong data/fields.yaml. Có phải ý bạn là “nong-nghiep”?",
        ]
      `);
  });

  test('a place written as words suggests its id', async () => {
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(validStory({ locality: 'Hải Hậu' })) }))
      .toMatchInlineSnapshot(`
        [
          "stories/a-b.mdx:8 locality (địa phương): “Hải Hậu” không đúng dạng mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ hai-hau. Có phải ý bạn là “hai-hau”?",
        ]
      `);
  });

  test('unknown award and movement ids are reported', async () => {
    const story = validStory({ movement: 'khong-co', awards: [{ award: 'giay-khem', year: 2020 }] });
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(story) })).toMatchInlineSnapshot(`
      [
        "stories/a-b.mdx:10 awards[0].award (mã khen thưởng): Không có mã “giay-khem” trong data/awards.yaml. Có phải ý bạn là “giay-khen”?",
        "stories/a-b.mdx:14 movement (phong trào thi đua): Không có mã “khong-co” trong data/movements.yaml.",
      ]
    `);
  });

  test('an award the subject kind cannot receive is rejected (a flag for a person)', async () => {
    const story = validStory({ awards: [{ award: 'co-thi-dua-chinh-phu', year: 2020 }] });
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(story) })).toMatchInlineSnapshot(`
      [
        "stories/a-b.mdx:10 awards[0].award (mã khen thưởng): “Cờ thi đua của Chính phủ” không trao cho đối tượng loại cá nhân; danh hiệu này dành cho: tập thể. Hãy chọn hình thức khen thưởng khác hoặc sửa loại đối tượng.",
      ]
    `);
  });

  test('a misspelt key is reported with the key it probably meant', async () => {
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(validStory({ sumary: 'x' })) })).toMatchInlineSnapshot(`
      [
        "stories/a-b.mdx:15 sumary: Trường “sumary” không có trong mẫu bài viết. Có phải ý bạn là “summary”?",
      ]
    `);
  });

  test('schema mistakes carry Vietnamese messages with the value found', async () => {
    const story = validStory({ title: 'Ngắn', published: '2024-02-30', subject: { kind: 'ca nhan', name: 'An Bình' } });
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(story) })).toMatchInlineSnapshot(`
      [
        "stories/a-b.mdx:2 title (tiêu đề): Quá ngắn: cần ít nhất 10 ký tự, hiện có 4.",
        "stories/a-b.mdx:4 subject.kind (loại đối tượng): Giá trị “ca nhan” không hợp lệ. Chỉ được ghi một trong: ca-nhan, tap-the, ho-gia-dinh. Có phải ý bạn là “ca-nhan”?",
        "stories/a-b.mdx:13 published (ngày đăng): “2024-02-30” không phải một ngày có thật. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15.",
      ]
    `);
  });

  test('a missing required field is named', async () => {
    const story = validStory();
    delete story.summary;
    expect(await problemsOf({ 'stories/a-b.mdx': storyText(story) })).toEqual([
      'stories/a-b.mdx:2 summary (tóm tắt): Thiếu trường bắt buộc này.',
    ]);
  });

  test('file names must be ASCII slugs and must not shadow site pages', async () => {
    expect(
      await problemsOf({
        'stories/Nguyễn Văn A.mdx': storyText(validStory()),
        'stories/trang.mdx': storyText(validStory()),
      }),
    ).toMatchInlineSnapshot(`
      [
        "stories/Nguyễn Văn A.mdx Tên “Nguyễn Văn A” không dùng được làm đường dẫn: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang. Hãy đổi tên thành “nguyen-van-a”.",
        "stories/trang.mdx Tên “trang” trùng với đường dẫn của trang web. Hãy thêm tên riêng, ví dụ “trang-nguyen-van-a”.",
      ]
    `);
  });

  test('the same slug in flat and folder form is a duplicate', async () => {
    expect(
      await problemsOf({
        'stories/an-binh.mdx': storyText(validStory()),
        'stories/an-binh/index.mdx': storyText(validStory()),
      }),
    ).toEqual([
      'stories/an-binh.mdx Đường dẫn /dien-hinh/an-binh/ đã được dùng bởi stories/an-binh/index.mdx. Mỗi bài cần một tên tệp riêng.',
    ]);
  });

  test('a cover must exist next to the story', async () => {
    const story = validStory({ cover: './anh.jpg', coverAlt: 'Ông An trên ruộng', coverCredit: 'Ảnh: Báo tỉnh' });
    expect(await problemsOf({ 'stories/an-binh/index.mdx': storyText(story) })).toEqual([
      'stories/an-binh/index.mdx:15 cover (ảnh bìa): Không tìm thấy tệp ảnh “./anh.jpg” trong thư mục của bài. Hãy tải ảnh lên cùng thư mục với index.mdx.',
    ]);
  });

  test('files that cannot be read as stories are explained', async () => {
    expect(
      await problemsOf({
        'stories/khong-co-dau.mdx': 'Chỉ có nội dung, không có phần đầu bài.\n',
        'stories/sai-cu-phap.mdx': '---\ntitle: "Chưa đóng ngoặc\nfield: y-te\n---\nNội dung\n',
        'stories/latin1.mdx': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe0, 0xe1, 0x0a]),
        'stories/trong.mdx': storyText(validStory(), '\n'),
        'stories/ghi-chu.md': 'không phải mdx',
        'stories/thu-muc-rong/anh.jpg': 'x',
      }),
    ).toMatchInlineSnapshot(`
      [
        "stories/ghi-chu.md Tệp này không phải bài viết. Bài viết là tệp .mdx, hoặc tệp index.mdx trong một thư mục riêng.",
        "stories/khong-co-dau.mdx:1 Thiếu phần thông tin đầu bài. Tệp phải bắt đầu bằng một dòng “---”, tiếp theo là các trường, rồi một dòng “---”.",
        "stories/latin1.mdx:1 Tệp không lưu ở dạng UTF-8 nên chữ có dấu sẽ bị lỗi. Hãy lưu lại tệp với bảng mã UTF-8.",
        "stories/sai-cu-phap.mdx:3 Thiếu dấu đóng: một dấu ngoặc kép “"” hoặc ngoặc “]”, “}” đã mở mà chưa đóng. Hãy thêm dấu đóng ở cuối giá trị.",
        "stories/thu-muc-rong Thư mục bài viết cần có tệp index.mdx chứa nội dung bài.",
        "stories/trong.mdx:16 Bài chưa có nội dung. Hãy viết câu chuyện bên dưới dòng “---” thứ hai.",
      ]
    `);
  });

  test('vocabulary files are validated too: bad entries and duplicate ids', async () => {
    const fields = '- id: nong-nghiep\n  name: Nông nghiệp\n  description: Trồng trọt và chăn nuôi.\n- id: nong-nghiep\n  name: Lặp\n  description: Mục bị trùng mã.\n- id: Y Te\n  name: Y tế\n';
    expect(await problemsOf({ 'data/fields.yaml': fields })).toMatchInlineSnapshot(`
      [
        "data/fields.yaml:4 id (mã): Mã “nong-nghiep” bị trùng với mục ở dòng 1.",
        "data/fields.yaml:7 id (mã): “Y Te” không đúng dạng mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ hai-hau. Có phải ý bạn là “y-te”?",
        "data/fields.yaml:7 description (mô tả): Thiếu trường bắt buộc này.",
      ]
    `);
  });

  test('the report is readable and GitHub annotations are one line each', async () => {
    const root = await makeContentRoot({ 'stories/a-b.mdx': storyText(validStory({ field: 'nong-nghep' })) });
    const { problems } = await checkContent(root, root);
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "stories/a-b.mdx:7
        field (lĩnh vực): Không có mã “nong-nghep” trong data/fields.yaml. Có phải ý bạn là “nong-nghiep”?

      Có 1 lỗi trong 1 tệp nội dung."
    `);
    expect(formatAnnotation(problems[0]!)).toMatchInlineSnapshot(`"::error file=stories/a-b.mdx,line=7::field (lĩnh vực): Không có mã “nong-nghep” trong data/fields.yaml. Có phải ý bạn là “nong-nghiep”?"`);
  });
});
