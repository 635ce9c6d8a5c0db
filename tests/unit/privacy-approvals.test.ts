import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { slugOfStoryRef } from '../../src/schemas/privacy-approval.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const HOTLINE_LINE = 'Bà con gọi đường dây nóng 0228 3123 456 của xã. {/* rieng-tu-da-duyet: số của UBND xã */}';
const story = storyText(validStory(), `Ông An làm ruộng.\n\n${HOTLINE_LINE}\n`);
const hotlineLine = story.split('\n').indexOf(HOTLINE_LINE) + 1;

const approval = (file: string, text = '0228 3123 456') =>
  `- file: ${file}\n  text: "${text}"\n  reason: Đường dây nóng của UBND xã\n  approvedBy: Nguyễn Thị Biên\n  date: 2025-01-02\n`;

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const root = await makeContentRoot(files);
  const { problems } = await checkContent(root, root);
  return problems.map((p) => `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`);
}

describe('privacy exceptions in data/rieng-tu-da-duyet.yaml', () => {
  test('an author’s marker alone passes nothing: without the data file the line is flagged', async () => {
    const problems = await problemsOf({ 'stories/an.mdx': story });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stories\/an\.mdx:\d+ “0228 3123 456” trông giống số điện thoại/);
    expect(problems[0]).toContain('không còn được tính là đã duyệt');
  });

  test('the same line approved by the board in the data file passes', async () => {
    expect(await problemsOf({ 'stories/an.mdx': story, 'data/rieng-tu-da-duyet.yaml': approval('an') })).toEqual([]);
  });

  test.each(['an', 'stories/an.mdx', 'content/stories/an.mdx', 'stories/an/index.mdx'])('a story may be named %s', async (file) => {
    expect(slugOfStoryRef(file)).toBe('an');
    expect(await problemsOf({ 'stories/an.mdx': story, 'data/rieng-tu-da-duyet.yaml': approval(file) })).toEqual([]);
  });

  test('an approval covers one story and one text only', async () => {
    const other = storyText(validStory(), `${HOTLINE_LINE}\n`);
    const otherLine = other.split('\n').indexOf(HOTLINE_LINE) + 1;
    const files = {
      'stories/an.mdx': story,
      'stories/binh.mdx': other,
      'data/rieng-tu-da-duyet.yaml': approval('an') + approval('binh', '0228 3123 457'),
    };
    expect((await problemsOf(files)).map((p) => p.split(' ')[0])).toEqual([`stories/binh.mdx:${otherLine}`]);
  });

  test('an empty data file approves nothing and is no mistake', async () => {
    expect(await problemsOf({ 'stories/an.mdx': story, 'data/rieng-tu-da-duyet.yaml': '# Chưa có mục nào.\n' })).toHaveLength(1);
  });

  test('mistakes in the data file are reported where they are, and approve nothing', async () => {
    const file = [
      '- file: "Nguyễn Văn An"',
      '  text: "0228 3123 456"',
      '  reason: Đường dây nóng của UBND xã',
      '  approvedBy: Nguyễn Thị Biên',
      '  date: 2025-01-02',
      '- file: an',
      '  text: "0228 3123 456"',
      '  reason: số xã',
      '  approvedBy: B',
      '  date: 2025-02-30',
      '  note: thêm',
      '- file: khong-co-bai-nay',
      '  text: "0912 345 678"',
      '  reason: Đường dây nóng của UBND xã',
      '  approvedBy: Nguyễn Thị Biên',
      '  date: 2025-01-02',
      '',
    ].join('\n');
    expect(await problemsOf({ 'stories/an.mdx': story, 'data/rieng-tu-da-duyet.yaml': file })).toMatchInlineSnapshot(`
      [
        "data/rieng-tu-da-duyet.yaml:1 file (bài viết): “Nguyễn Văn An” không phải tên một bài. Ghi tên bài (tên tệp bỏ đuôi .mdx, ví dụ nguyen-van-a) hoặc đường dẫn tệp, ví dụ stories/nguyen-van-a/index.mdx.",
        "data/rieng-tu-da-duyet.yaml:8 reason (lý do): Quá ngắn: cần ít nhất 10 ký tự, hiện có 5.",
        "data/rieng-tu-da-duyet.yaml:9 approvedBy (người duyệt): Quá ngắn: cần ít nhất 2 ký tự, hiện có 1.",
        "data/rieng-tu-da-duyet.yaml:10 date (ngày duyệt): “2025-02-30” không phải một ngày có thật. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15.",
        "data/rieng-tu-da-duyet.yaml:11 note: Trường “note” không có trong mẫu bài viết. Có phải ý bạn là “date”?",
        "data/rieng-tu-da-duyet.yaml:12 Không có bài nào tên “khong-co-bai-nay” trong thư mục stories. Hãy sửa lại tên bài, hoặc xóa mục duyệt này nếu bài đã bị xóa.",
        "stories/an.mdx:18 “0228 3123 456” trông giống số điện thoại. Không đăng số điện thoại cá nhân; người đọc liên hệ qua cơ quan, đơn vị. Hãy xóa đi. Nếu đây không phải thông tin riêng tư (ví dụ số đường dây nóng của cơ quan), hãy nói rõ trong yêu cầu hợp nhất: Ban biên tập xem xét và, nếu đồng ý, ghi duyệt vào tệp data/rieng-tu-da-duyet.yaml. Ghi chú “rieng-tu-da-duyet” viết trong bài không còn được tính là đã duyệt; chỉ những mục Ban biên tập ghi trong data/rieng-tu-da-duyet.yaml mới được tính.",
      ]
    `);
  });

  test.each([
    ['not a list', 'file: an\n', 'Tệp dữ liệu phải là một danh sách'],
    ['broken YAML', '- file: an\n  text: "0228\n', 'Thiếu dấu đóng'],
  ])('a data file that is %s is reported', async (_, text, message) => {
    const problems = await problemsOf({ 'stories/an.mdx': story, 'data/rieng-tu-da-duyet.yaml': text });
    expect(problems.some((p) => p.startsWith('data/rieng-tu-da-duyet.yaml:') && p.includes(message))).toBe(true);
    // The story's finding is still reported: a broken file approves nothing.
    expect(problems.some((p) => p.startsWith(`stories/an.mdx:${hotlineLine} `))).toBe(true);
  });
});

describe('privacy lint through the content check', () => {
  test('frontmatter and body are both checked, with file lines and Vietnamese advice', async () => {
    const frontmatter = validStory({ subject: { kind: 'ca-nhan', name: 'Nguyễn Văn An', role: 'Nông dân, số nhà 12 xóm Đông' } });
    const problems = await problemsOf({ 'stories/an.mdx': storyText(frontmatter, 'Ông An làm ruộng.\n\nLiên hệ: 0912 345 678.\n') });
    expect(problems).toMatchInlineSnapshot(`
      [
        "stories/an.mdx:6 “số nhà 12” trông giống địa chỉ nhà riêng. Chỉ ghi thôn, xóm, xã. Hãy xóa đi. Nếu đây không phải thông tin riêng tư (ví dụ số đường dây nóng của cơ quan), hãy nói rõ trong yêu cầu hợp nhất: Ban biên tập xem xét và, nếu đồng ý, ghi duyệt vào tệp data/rieng-tu-da-duyet.yaml.",
        "stories/an.mdx:18 “0912 345 678” trông giống số điện thoại. Không đăng số điện thoại cá nhân; người đọc liên hệ qua cơ quan, đơn vị. Hãy xóa đi. Nếu đây không phải thông tin riêng tư (ví dụ số đường dây nóng của cơ quan), hãy nói rõ trong yêu cầu hợp nhất: Ban biên tập xem xét và, nếu đồng ý, ghi duyệt vào tệp data/rieng-tu-da-duyet.yaml.",
      ]
    `);
  });
});
