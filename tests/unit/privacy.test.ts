import { describe, expect, test } from 'vitest';
import { approvalKey, checkPrivacy, findPrivateData } from '../../src/content-rules/rules/privacy.ts';
import { checkText } from '../../src/i18n/check.ts';

/** What the lint finds in a text published in 2024, as `kind:text`. */
const found = (text: string, publishedYear = 2024) =>
  findPrivateData(text, publishedYear).map((f) => `${f.kind}:${f.text}`);

describe('privacy lint: every way people write private data', () => {
  test.each([
    ['phone in brackets', 'Gọi (0912) 345 678 nhé.', 'phone:(0912) 345 678'],
    ['phone with a lone 0', 'Số 0 912 345 678 của anh.', 'phone:0 912 345 678'],
    ['phone with 84 and no +', 'Zalo 84912345678.', 'phone:84912345678'],
    ['phone with +84 and brackets', 'Gọi +84 (912) 345-678.', 'phone:+84 (912) 345-678'],
    ['phone with (+84)', 'Gọi (+84) 912 345 678.', 'phone:(+84) 912 345 678'],
    ['phone with dots', 'Gọi 0912.345.678 để đặt hàng.', 'phone:0912.345.678'],
    ['phone with dashes', 'SĐT: 0912-345-678.', 'phone:0912-345-678'],
    ['landline', 'Điện thoại nhà: 0228 3123 456.', 'phone:0228 3123 456'],
    ['mobile of before 2018', 'Số cũ 01234 567 890.', 'phone:01234 567 890'],
    ['phone after a year', 'Năm 2023 0975123456 là số đặt hàng.', 'phone:0975123456'],
    ['phone before a word that is a unit elsewhere', 'Gọi 0912345678 em Lan nghe máy.', 'phone:0912345678'],
    ['two phones in a row', 'Gọi 0228 3123 456 - 0228 3123 457.', 'phone:0228 3123 456,phone:0228 3123 457'],
    ['phone in a link', '[Nhắn Zalo](https://zalo.me/0934567812)', 'phone:0934567812'],
    ['12-digit ID at the end of a sentence', 'Số căn cước của ông là 036178001234.', 'idNumber:036178001234'],
    ['grouped 12-digit ID after CCCD:', 'CCCD: 036 095 001 234.', 'idNumber:036 095 001 234'],
    ['9-digit ID after CMND số', 'CMND số 162345678 cấp năm 2005.', 'idNumber:162345678'],
    ['ID in brackets', 'Bà Nhàn (CCCD 036185004321) đứng tên.', 'idNumber:036185004321'],
    ['9-digit ID grouped with dots, end of sentence', 'Số chứng minh cũ là 162.345.678.', 'idNumber:162.345.678'],
    ['9-digit ID grouped with spaces, end of sentence', 'Giấy tờ ghi số 163 456 789.', 'idNumber:163 456 789'],
    ['12-digit ID grouped 4-4-4', 'Số định danh 0361 7800 1234.', 'idNumber:0361 7800 1234'],
    ['e-mail', 'Thư gửi về tranvanbinh@gmail.com nhé.', 'email:tranvanbinh@gmail.com'],
    ['e-mail with Vietnamese letters', 'Viết cho bình.trần@example.vn.', 'email:bình.trần@example.vn'],
    ['e-mail with [at]', 'Thư: huyennt [at] gmail.com.', 'email:huyennt [at] gmail.com'],
    ['e-mail with (at)', 'Thư: vanhau(at)yahoo.com.vn.', 'email:vanhau(at)yahoo.com.vn'],
    ['e-mail with spaces', 'Thư: son.pham @ gmail . com.', 'email:son.pham @ gmail . com'],
    ['e-mail with [dot]', 'Thư: son [at] gmail [dot] com.', 'email:son [at] gmail [dot] com'],
    ['e-mail in words', 'Thư: son a còng gmail chấm com.', 'email:son a còng gmail chấm com'],
    ['e-mail in capitals', 'THƯ: SON [AT] GMAIL.COM.', 'email:SON [AT] GMAIL.COM'],
    ['house number and street name', 'Gia đình ở số 12 Trần Hưng Đạo.', 'address:số 12 Trần Hưng Đạo'],
    ['house number, comma, street name', 'Quán ở số 27, Hoàng Văn Thụ.', 'address:số 27, Hoàng Văn Thụ'],
    ['house number and street word', 'Cửa hàng tại số 45 đường Văn Cao.', 'address:số 45 đường'],
    ['alley without a space', 'Xưởng trong ngõ12 phố Hàng Sắt.', 'address:ngõ12'],
    ['alley number', 'Nhà trong ngõ 12 phố Hàng Tiện.', 'address:ngõ 12'],
    ['số nhà', 'Gia đình ở số nhà 5, xóm Đông.', 'address:số nhà 5'],
    ['nhà số with a slash', 'Nhà số 12/3 gần chợ.', 'address:Nhà số 12/3'],
    ['birth date in words', 'Cháu Khôi sinh ngày 3 tháng 5 năm 2015.', 'minorBirth:sinh ngày 3 tháng 5 năm 2015'],
    ['birth date with slashes', 'Em Lan sinh ngày 3/5/2015.', 'minorBirth:sinh ngày 3/5/2015'],
    ['birth date with dashes', 'Bé Thảo sinh ngày 03-05-2019.', 'minorBirth:sinh ngày 03-05-2019'],
    ['birth year', 'Cháu Minh sinh năm 2015 đã đạt giải.', 'minorBirth:sinh năm 2015'],
    ['birth month', 'Cháu sinh tháng 5/2015.', 'minorBirth:sinh tháng 5/2015'],
    ['năm sinh', 'Năm sinh: 2012.', 'minorBirth:Năm sinh: 2012'],
    ['child with a year in brackets', 'Cháu Trần Bảo Ngọc (2012) học giỏi.', 'minorBirth:Cháu Trần Bảo Ngọc (2012)'],
    ['child with (sinh year)', 'Em Vũ Gia Huy (sinh 2010) được khen.', 'minorBirth:Em Vũ Gia Huy (sinh 2010)'],
    ['pupil with (SN year)', 'Có học sinh Đỗ Minh Châu (SN 2013).', 'minorBirth:học sinh Đỗ Minh Châu (SN 2013)'],
  ])('flags %s', (_, text, expected) => {
    expect(found(text).join(',')).toBe(expected);
  });
});

describe('privacy lint: numbers of the press are not private', () => {
  // Each harmless line has a private twin that is flagged: the rule is not simply blind there.
  test.each([
    ['money with dots', 'Thu về 120.000.000 đồng.', 'Số CMND 120.000.000.'],
    ['money before its unit', 'Đạt 345.600.000 đồng.', 'CCCD 345.600.000.'],
    ['billions in four groups', 'Vay 1.250.000.000 đồng.', 'Vay 036.178.001.234 đồng.'],
    ['money without a unit, after a money word', 'Số tiền 850.000.000 được chuyển cho quỹ.', 'Số giấy tờ 850.000.000 đã nộp.'],
    ['money with spaces', 'Trồng 120 000 000 cây.', 'Số 120 000 000 của ông.'],
    ['money that starts like +84', 'Thu 84500000000 đồng.', 'Zalo 84500000000.'],
    ['an area', 'Nhà xưởng 12.000 m².', 'Gọi 0912.000.000.'],
    ['a decimal', 'Lãi 1,2 tỷ đồng.', 'Gọi 0912 345 678.'],
    ['a yield', 'Năng suất 7,5 tấn/ha.', 'Nhà số 7, thôn 5.'],
    ['a decision number', 'Số 1234/QĐ-UBND ngày 12/01/2024.', 'Số 1234 Trần Phú.'],
    ['a range of years with an en dash', 'Giai đoạn 2021–2025.', 'Cháu sinh năm 2021.'],
    ['a range of years with a hyphen', 'Kế hoạch 2021-2025.', 'Em (sinh 2021) học giỏi.'],
    ['a date', 'Ngày 12.01.2024 hội nghị họp.', 'Sinh ngày 12.01.2015.'],
    ['percentages and counts', 'Giảm từ 4,5% xuống 1,2%, 45 thành viên, 200 suất cơm.', 'Liên hệ 0912345678.'],
    ['a certificate number', 'Giấy chứng nhận số 123456789 do Sở cấp.', 'CMND số 123456789 do Công an cấp.'],
    ['a tax code', 'Mã số thuế 0601234567.', 'Số máy 0901234567 của anh.'],
    ['a named group', 'Tổ dệt số 3 An Khang đạt giải.', 'Nhà ở số 3 An Khang.'],
    ['a residential group', 'Tổ dân phố số 7: camera chung.', 'Nhà trong ngõ 7.'],
    ['a storm', 'Cơn bão số 3 Yagi Hà Nội năm 2024.', 'Ông ở số 3 Yagi Hà Nội.'],
    ['học sinh + year', 'Học sinh năm 2015 đều đỗ.', 'Em sinh năm 2015.'],
    ['hy sinh + year', 'Anh hy sinh năm 2010.', 'Anh sinh năm 2010.'],
    ['an adult', 'Ông Tư sinh năm 1962.', 'Cháu Tư sinh năm 2012.'],
    ['an adult with a year in brackets', 'Ông Bình (1958) cao tuổi nhất.', 'Cháu Bình (2015) nhỏ tuổi nhất.'],
    ['a child without a birth year', 'Cháu Minh học lớp 5.', 'Cháu Minh (2014) học lớp 5.'],
    ['a social handle', 'Trang của câu lạc bộ: @clbhatvan.', 'Thư: clb@hatvan.vn.'],
    ['a word that is not an at', 'Sinh hoạt at home, gmail.com.', 'Thư: sinh at gmail.com.'],
    ['a Facebook video id', '<Video facebook="123456789012" tieuDe="Phóng sự" />', 'CCCD 123456789012.'],
    ['a hotline of the state', 'Tổng đài 1022, 1900 1234.', 'Tổng đài 0228 1022 123.'],
  ])('never flags %s', (_, harmless, twin) => {
    expect(found(harmless)).toEqual([]);
    expect(found(twin)).not.toEqual([]);
  });

  test('age is judged against the year of publication, and unknown without one', () => {
    expect(found('Anh Hùng sinh năm 2006.', 2023)).toHaveLength(1);
    expect(found('Anh Hùng sinh năm 2006.', 2024)).toEqual([]);
    expect(found('Cháu sinh năm 2030.', 2024)).toEqual([]);
    expect(findPrivateData('Cháu sinh năm 2015.', undefined)).toEqual([]);
  });
});

describe('privacy lint: what the reader sees is what is checked', () => {
  test.each([
    ['a decimal entity', '09&#49;2345678'],
    ['a hex entity', '09&#x31;2345678'],
    ['an entity without ;', '09&#49 2345678'],
    ['&nbsp;', '0912&nbsp;345&nbsp;678'],
    ['a no-break space', '0912\u00a0345\u00a0678'],
    ['a narrow no-break space', '0912\u202f345\u202f678'],
    ['a thin space', '0912\u2009345\u20096789'.slice(0, -1)],
    ['a zero-width space', '0912\u200b345678'],
    ['a soft hyphen', '0912\u00ad345678'],
    ['full-width digits', '０９１２３４５６７８'],
    ['mathematical digits', '𝟎𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['an MDX comment inside', '0912{/* x */}345678'],
    ['an MDX comment with spaces', '0912{ /* x */ }345678'],
    ['an HTML comment inside', '0912<!-- x -->345678'],
    ['Markdown escapes', '0912\\.345\\.678'],
    ['emphasis inside', '09**12**345678'],
    ['a YAML escape', 'role: "09\\u00312345678"'],
    ['a line break inside the paragraph', 'Gọi 0912\n345 678.'],
    ['a backslash line break', 'Gọi 0912\\\n345678.'],
  ])('finds a phone split by %s', (_, text) => {
    expect(found(text).map((f) => f.replace(/[^\d:a-z]/g, ''))).toEqual(['phone:0912345678']);
  });

  test.each([
    ['a full-width @ and dot', 'Thư: ninhbac＠gmail．com.', 'email:ninhbac@gmail.com'],
    ['full-width brackets', 'Gọi （0912） 345 678.', 'phone:(0912) 345 678'],
    ['decomposed Vietnamese (NFD)', 'Gia đình ở so\u0302\u0301 nha\u0300 5.', 'address:số nhà 5'],
    ['an entity for @', 'Thư: ninh&commat;gmail.com.', 'email:ninh@gmail.com'],
  ])('maps %s', (_, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  test('paragraphs are not joined: a blank line or a new list item ends the number', () => {
    expect(found('Gọi 0912\n\n345 678.')).toEqual([]);
    expect(found('- Gọi 0912\n- 345 678.')).toEqual([]);
    expect(found('Gọi 0912\n345 678.')).toHaveLength(1);
  });

  test('reports the file line where the match starts, in frontmatter and body', () => {
    const file = [
      '---',
      'title: "Ông An"',
      'subject:',
      '  role: "Nông dân, số nhà',
      '    12 xóm Đông"',
      'published: 2024-03-15',
      '---',
      '',
      'Ông An làm ruộng.',
      'Ai cần giống gọi 0912',
      '345 678 vào buổi tối.',
      '',
      '{/* ghi chú: số của ông là 0913 456 789 */}',
    ].join('\n');
    expect(findPrivateData(file, 2024)).toEqual([
      { kind: 'address', text: 'số nhà 12', line: 4 },
      { kind: 'phone', text: '0912 345 678', line: 10 },
      { kind: 'phone', text: '0913 456 789', line: 13 },
    ]);
  });

  test('odd files are read to the end: empty, no frontmatter, frontmatter never closed, BOM, CRLF', () => {
    expect(findPrivateData('', 2024)).toEqual([]);
    expect(findPrivateData('Gọi 0912345678.', 2024)).toEqual([{ kind: 'phone', text: '0912345678', line: 1 }]);
    expect(findPrivateData('---\ntitle: x\nGọi 0912345678.', 2024).map((f) => f.line)).toEqual([3]);
    const crlf = '\uFEFF---\r\ntitle: "x"\r\n---\r\n\r\nGọi 0912\r\n345 678.\r\n';
    expect(findPrivateData(crlf, 2024)).toEqual([{ kind: 'phone', text: '0912 345 678', line: 5 }]);
  });

  test('YAML keys on their own lines are not joined', () => {
    const file = '---\nyear: 2023\ndecision: "0912"\nnote: 345678\n---\nNội dung.\n';
    expect(findPrivateData(file, 2024)).toEqual([]);
  });
});

describe('privacy lint: exceptions come from the editorial board only', () => {
  const line = 'Đường dây nóng: 0228 3123 456 {/* rieng-tu-da-duyet: số của UBND xã */}';

  test('the marker an author writes on the line no longer passes it, and the message says so', () => {
    const problems = checkPrivacy(`${line}\nGọi 0912345678.`, 'a.mdx', 2024);
    expect(problems.map((p) => p.line)).toEqual([1, 2]);
    expect(problems[0]!.message).toContain(checkText.privacy.markerIgnored);
    expect(problems[1]!.message).not.toContain(checkText.privacy.markerIgnored);
  });

  test('a text approved for the story passes, and only that text', () => {
    const approved = new Set([approvalKey('0228 3123 456')]);
    expect(checkPrivacy(`${line}\nGọi 0912345678.`, 'a.mdx', 2024, approved).map((p) => p.line)).toEqual([2]);
  });

  test('approvals are compared after normalising both sides', () => {
    const approved = new Set([approvalKey('0228\u00a03123&nbsp;456')]);
    expect(checkPrivacy('Gọi ０２２８ ３１２３ ４５６.', 'a.mdx', 2024, approved)).toEqual([]);
    expect(checkPrivacy('Gọi 0228 3123 457.', 'a.mdx', 2024, approved)).toHaveLength(1);
  });
});
