import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { checkPrivacy } from '../../src/content-rules/rules/privacy.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const flagged = (line: string, publishedYear = 2024) => checkPrivacy(line, 'a.mdx', publishedYear).length > 0;

describe('privacy lint', () => {
  test.each([
    ['a 12-digit citizen ID', 'Số căn cước 036095001234 của ông.'],
    ['a grouped 12-digit ID', 'CCCD: 036 095 001 234.'],
    ['a 9-digit old ID card', 'CMND 162345678 cấp năm 2005.'],
    ['a mobile phone', 'Liên hệ anh Bình: 0912345678.'],
    ['a mobile phone with dots', 'Gọi 0912.345.678 để đặt hàng.'],
    ['a phone with +84', 'Số Zalo +84 912 345 678.'],
    ['a landline', 'Điện thoại nhà: 0228 3123 456.'],
    ['an e-mail address', 'Thư gửi về tranvanbinh@gmail.com nhé.'],
    ['an e-mail with Vietnamese letters', 'Viết cho bình.trần@example.vn.'],
    ['a house number', 'Gia đình ở số nhà 12, xóm Đông.'],
    ['a street address', 'Cửa hàng tại số 45 đường Trần Hưng Đạo.'],
    ['an alley number', 'Nhà trong ngõ 12 phố Hàng Tiện.'],
    ['a birth year of a child', 'Cháu Minh sinh năm 2015 đã đạt giải.'],
    ['a full birth date of a child', 'Em Lan sinh ngày 12/3/2010 học rất giỏi.'],
  ])('flags %s', (_, line) => {
    expect(flagged(line)).toBe(true);
  });

  test.each([
    ['a decision number', 'Số 2480/QĐ-UBND ngày 15/12/2022'],
    ['amounts and areas', 'Lãi 600 triệu đồng trên 18 héc-ta, 120 nghìn trang hồ sơ, 1.250.000 đồng.'],
    ['a residential group number', 'Tổ dân phố số 7: camera chung, nhóm tin chung.'],
    ['an alley without a number', 'Camera ở mỗi ngõ do các hộ cùng góp tiền lắp.'],
    ['an adult birth year', 'Ông Tư sinh năm 1962, năm nay đã ngoài sáu mươi.'],
    ['years and counts', 'Từ năm 2019 đến 2024, 45 lần hiến máu, 200 suất cơm.'],
  ])('does not flag %s', (_, line) => {
    expect(flagged(line)).toBe(false);
  });

  test('age is judged against the year of publication', () => {
    expect(flagged('Anh Hùng sinh năm 2006.', 2023)).toBe(true);
    expect(flagged('Anh Hùng sinh năm 2006.', 2024)).toBe(false);
  });

  test('a line carrying a reviewed exception is allowed, and only that line', () => {
    const text = 'Đường dây nóng: 0228 3123 456 {/* rieng-tu-da-duyet: số của UBND xã */}\nGọi 0912345678.';
    expect(checkPrivacy(text, 'a.mdx', 2024).map((p) => p.line)).toEqual([2]);
  });

  test('frontmatter and body are both checked, with file lines and Vietnamese advice', async () => {
    const story = validStory({ subject: { kind: 'ca-nhan', name: 'Nguyễn Văn An', role: 'Nông dân, số nhà 12 xóm Đông' } });
    // A reviewed exception as a YAML comment at the end of a frontmatter line.
    const reviewed = storyText(validStory()).replace(
      '  role: Nông dân xóm Đông',
      '  role: "Tổ hợp tác, đường dây nóng 0228 3123 456" # rieng-tu-da-duyet: số của tổ hợp tác',
    );
    expect(reviewed).toContain('0228 3123 456');
    const root = await makeContentRoot({
      'stories/an.mdx': storyText(story, 'Ông An làm ruộng.\n\nLiên hệ: 0912 345 678.\n'),
      'stories/binh.mdx': reviewed,
    });
    const { problems } = await checkContent(root, root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toMatchInlineSnapshot(`
      [
        "stories/an.mdx:6 “số nhà 12” trông giống địa chỉ nhà riêng. Chỉ ghi thôn, xóm, xã. Hãy xóa đi; nếu đây không phải thông tin riêng tư (ví dụ số điện thoại đường dây nóng của cơ quan), người duyệt bài ghi “rieng-tu-da-duyet: lý do” ở cuối dòng đó.",
        "stories/an.mdx:18 “0912 345 678” trông giống số điện thoại. Không đăng số điện thoại cá nhân; người đọc liên hệ qua cơ quan, đơn vị. Hãy xóa đi; nếu đây không phải thông tin riêng tư (ví dụ số điện thoại đường dây nóng của cơ quan), người duyệt bài ghi “rieng-tu-da-duyet: lý do” ở cuối dòng đó.",
      ]
    `);
  });
});
