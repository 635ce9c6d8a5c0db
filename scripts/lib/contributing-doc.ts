/**
 * The parts of CONTRIBUTING.md that are generated from the project itself, so the
 * guide can never list an id that does not exist, miss one that does, or quote a
 * message the checker no longer prints: the vocabulary tables (from the data files)
 * and the table of error messages (from src/i18n/check.ts, with real parser output).
 * `node scripts/contributing.ts` writes them between `<!-- tu-dong:NAME -->` markers.
 */
import { checkMdxSafety } from '../../src/content-rules/rules/mdx-safety.ts';
import { STORY_COMPONENTS } from '../../src/content-rules/story-components.ts';
import { checkText } from '../../src/i18n/check.ts';
import { vi } from '../../src/i18n/vi.ts';
import type { Vocabularies } from '../../src/lib/vocabularies.ts';
import { KINDS } from '../../src/schemas/kind.ts';

/** Text safe inside a Markdown table cell: no HTML, no table breaks, no accidental emphasis. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/\r?\n\s*/g, '<br>');
}

const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const code = (id: string) => `\`${id}\``;

function mdxExample(): string {
  return checkMdxSafety('Nhiệt độ xuống dưới <5 độ.', 1, 'x')[0]?.message ?? checkText.mdxSyntax('…');
}

/** Keys of checkText that are not content mistakes (report lines, helpers, the build's own settings). */
export const NOT_ERRORS = ['summary', 'allGood', 'buildStopped', 'fieldPrefix', 'badRepoUrl', 'editorNeedsGitHub'] as const;

interface Guide {
  group: string;
  /** The message as the checker prints it, with example values. */
  example: () => string;
  /** What it means and what to do, in plain words. */
  fix: string;
}

const G = {
  frontmatter: 'Phần thông tin đầu bài',
  ids: 'Mã lĩnh vực, địa phương, khen thưởng',
  files: 'Tên tệp, thư mục',
  cover: 'Ảnh bìa',
  body: 'Nội dung bài',
  privacy: 'Thông tin riêng tư',
  permalinks: 'Mã điển hình và đường dẫn cố định',
  data: 'Tệp dữ liệu (chỉ Ban biên tập sửa)',
} as const;

/**
 * One entry per message the checker can print (`privacy.phone` for nested ones).
 * A test fails when a message has no entry here, so the guide keeps up with the checker.
 */
export const ERROR_GUIDE: Record<string, Guide> = {
  noFrontmatter: {
    group: G.frontmatter,
    example: () => checkText.noFrontmatter,
    fix: 'Dòng 1 của tệp phải là `---` (không có dòng trống hay dấu cách phía trước). Chép lại mẫu ở Bước 3.',
  },
  frontmatterDelimiter: {
    group: G.frontmatter,
    example: () => checkText.frontmatterDelimiter,
    fix: 'Hai dòng mở và đóng phần thông tin chỉ có đúng `---`. Xóa dấu cách ở đầu hoặc cuối dòng.',
  },
  secondFrontmatter: {
    group: G.frontmatter,
    example: () => checkText.secondFrontmatter,
    fix: 'Ngay dưới dòng `---` thứ hai là câu chuyện. Xóa khối `---` (hoặc `+++`) thừa; nếu cần một đường kẻ ngang trong bài, đặt nó sau đoạn văn đầu tiên.',
  },
  'yaml.duplicateKey': {
    group: G.frontmatter,
    example: () => checkText.yaml.duplicateKey('title'),
    fix: 'Một trường (như `title`) xuất hiện hai lần. Giữ lại dòng đúng, xóa dòng kia.',
  },
  'yaml.colonInValue': {
    group: G.frontmatter,
    example: () => checkText.yaml.colonInValue,
    fix: 'Đặt chữ trong ngoặc kép: `title: "Bác sĩ Đức: người thầy thuốc tận tụy"`; thụt lề các trường con bằng dấu cách.',
  },
  'yaml.tabIndent': {
    group: G.frontmatter,
    example: () => checkText.yaml.tabIndent,
    fix: 'Thụt lề bằng dấu cách (hai dấu cách mỗi tầng), không dùng phím Tab.',
  },
  'yaml.missingClose': {
    group: G.frontmatter,
    example: () => checkText.yaml.missingClose,
    fix: 'Mỗi dấu ngoặc kép mở phải có dấu đóng trên cùng dòng.',
  },
  'yaml.badIndent': {
    group: G.frontmatter,
    example: () => checkText.yaml.badIndent,
    fix: 'Chép lại khối đó theo mẫu ở Bước 3, giữ đúng số dấu cách đầu dòng.',
  },
  'yaml.reservedStart': {
    group: G.frontmatter,
    example: () => checkText.yaml.reservedStart('@'),
    fix: 'Chữ bắt đầu bằng `@`, `` ` ``, `%` hay `*` phải đặt trong ngoặc kép.',
  },
  'yaml.other': {
    group: G.frontmatter,
    example: () => checkText.yaml.other,
    fix: 'So từng dòng với mẫu: `tên-trường: giá trị`, thụt lề bằng dấu cách, chữ có dấu hai chấm đặt trong ngoặc kép.',
  },
  'yaml.tag': {
    group: G.frontmatter,
    example: () => checkText.yaml.tag('!foo'),
    fix: 'Xóa phần bắt đầu bằng `!`; chỉ ghi giá trị.',
  },
  'yaml.anchor': {
    group: G.frontmatter,
    example: () => checkText.yaml.anchor,
    fix: 'Không dùng `&tên`; ghi đầy đủ giá trị ở mỗi chỗ.',
  },
  'yaml.alias': {
    group: G.frontmatter,
    example: () => checkText.yaml.alias,
    fix: 'Không dùng `*tên`; ghi đầy đủ giá trị ở mỗi chỗ.',
  },
  'yaml.tooDeep': {
    group: G.frontmatter,
    example: () => checkText.yaml.tooDeep,
    fix: 'Chép lại phần thông tin theo mẫu; không trường nào cần lồng quá hai tầng.',
  },
  controlCharacter: {
    group: G.files,
    example: () => checkText.controlCharacter('U+0000'),
    fix: 'Ký tự vô hình thường lẫn vào khi chép từ phần mềm khác. Xóa rồi gõ lại cả dòng.',
  },
  storyTooLarge: {
    group: G.files,
    example: () => checkText.storyTooLarge(300),
    fix: 'Bài chỉ chứa chữ; ảnh là tệp riêng. Rút gọn bài hoặc chia thành hai bài.',
  },
  symlink: {
    group: G.files,
    example: () => checkText.symlink,
    fix: 'Tải lên tệp thật thay cho liên kết (symlink).',
  },
  missing: {
    group: G.frontmatter,
    example: () => checkText.missing,
    fix: 'Trường ghi ở đầu thông báo là bắt buộc. Thêm dòng cho trường đó theo mẫu.',
  },
  unknownKey: {
    group: G.frontmatter,
    example: () => checkText.unknownKey('coveralt', 'coverAlt'),
    fix: 'Tên trường viết sai (chữ hoa, chữ thường phải đúng như mẫu) hoặc không có trong mẫu. Sửa theo gợi ý, hoặc xóa dòng.',
  },
  wrongType: {
    group: G.frontmatter,
    example: () => checkText.wrongType('array', 'Giấy khen'),
    fix: 'Giá trị không đúng dạng: danh sách (`awards`, `practices`) phải có từng mục trên một dòng bắt đầu bằng `- `; năm là số, không đặt trong ngoặc kép; `true`/`false` không có ngoặc kép.',
  },
  textTooShort: {
    group: G.frontmatter,
    example: () => checkText.textTooShort(50, 32),
    fix: 'Viết thêm cho đủ (tính cả dấu cách). Tiêu đề 10–120 ký tự, tóm tắt 50–300, mỗi cách làm hay 10–400.',
  },
  textTooLong: {
    group: G.frontmatter,
    example: () => checkText.textTooLong(300, 342),
    fix: 'Viết gọn lại. Tóm tắt hiện trên thẻ bài và khi chia sẻ nên cần ngắn.',
  },
  listTooShort: {
    group: G.frontmatter,
    example: () => checkText.listTooShort(1),
    fix: 'Danh sách đang trống. `awards` cần ít nhất một lần khen thưởng; `practices` nếu có thì ít nhất một mục, nếu không thì xóa cả trường.',
  },
  listTooLong: {
    group: G.frontmatter,
    example: () => checkText.listTooLong(8, 10),
    fix: 'Cách làm hay tối đa 8 mục: gộp hoặc bỏ bớt những mục ít quan trọng.',
  },
  numberTooSmall: {
    group: G.frontmatter,
    example: () => checkText.numberTooSmall(1945, 1900),
    fix: 'Năm khen thưởng tính từ 1945. Kiểm tra lại năm trên quyết định.',
  },
  numberTooBig: {
    group: G.frontmatter,
    example: () => checkText.numberTooBig(1000, 1200),
    fix: 'Số lớn hơn mức cho phép. Sửa lại theo giới hạn trong thông báo.',
  },
  notInteger: {
    group: G.frontmatter,
    example: () => checkText.notInteger(2023.5),
    fix: 'Năm viết bằng 4 chữ số, không có dấu chấm hay phẩy.',
  },
  notAllowed: {
    group: G.frontmatter,
    example: () => checkText.notAllowed('ca nhan', KINDS, 'ca-nhan'),
    fix: 'Chỉ được chép đúng một trong các giá trị được liệt kê (chữ thường, không dấu, có gạch ngang).',
  },
  badDate: {
    group: G.frontmatter,
    example: () => checkText.badDate('2024-02-30'),
    fix: 'Ngày viết NĂM-THÁNG-NGÀY, đủ hai chữ số cho tháng và ngày, và phải là ngày có thật: `2024-03-05`, không viết `5/3/2024`.',
  },
  publishedInFuture: {
    group: G.frontmatter,
    example: () => checkText.publishedInFuture('2031-01-01'),
    fix: 'Ngày đăng không được sau hôm nay. Ghi ngày hôm nay theo dạng NĂM-THÁNG-NGÀY.',
  },
  futureYear: {
    group: G.frontmatter,
    example: () => checkText.futureYear(2031),
    fix: 'Năm khen thưởng không thể ở tương lai. Kiểm tra lại năm trên quyết định.',
  },
  awardAfterPublished: {
    group: G.frontmatter,
    example: () => checkText.awardAfterPublished(2025, 2024),
    fix: 'Bài không thể nói về danh hiệu được trao sau ngày đăng. Sửa năm khen thưởng, hoặc sửa `published` thành ngày đăng thật.',
  },
  updatedBeforePublished: {
    group: G.frontmatter,
    example: () => checkText.updatedBeforePublished,
    fix: '`updated` là ngày sửa bài, phải cùng ngày hoặc sau `published`.',
  },
  requiredWithCover: {
    group: G.frontmatter,
    example: () => checkText.requiredWithCover,
    fix: 'Có `cover` thì phải có cả `coverAlt` (mô tả ảnh) và `coverCredit` (nguồn ảnh).',
  },
  emptyBody: {
    group: G.frontmatter,
    example: () => checkText.emptyBody,
    fix: 'Viết câu chuyện bên dưới dòng `---` thứ hai.',
  },
  notUtf8: {
    group: G.frontmatter,
    example: () => checkText.notUtf8,
    fix: 'Thường gặp khi soạn bằng Word rồi lưu dạng văn bản. Soạn thẳng trên GitHub, hoặc chép nội dung vào trình soạn thảo trên GitHub rồi lưu lại.',
  },
  invalid: {
    group: G.frontmatter,
    example: () => checkText.invalid,
    fix: 'Giá trị không đúng mẫu. So với mẫu ở Bước 3; nếu vẫn chưa rõ, hỏi Ban biên tập trong yêu cầu hợp nhất.',
  },
  notIdShape: {
    group: G.ids,
    example: () => checkText.notIdShape('Hải Hậu', 'hai-hau'),
    fix: 'Ghi mã chứ không ghi tên. Chép mã đúng như trong bảng mã ở mục 5.',
  },
  unknownId: {
    group: G.ids,
    example: () => checkText.unknownId('hai-hua', 'data/localities.yaml', 'hai-hau'),
    fix: 'Mã gõ sai hoặc không có trong danh mục. Sửa theo gợi ý, hoặc chép mã từ bảng mã ở mục 5. Cần mã mới thì đề nghị Ban biên tập thêm vào danh mục.',
  },
  awardNotForKind: {
    group: G.ids,
    example: () => checkText.awardNotForKind('Cờ thi đua của Chính phủ', 'ca-nhan', ['tap-the']),
    fix: 'Danh hiệu này không trao cho loại đối tượng đã ghi (ví dụ cờ thi đua chỉ trao cho tập thể). Xem cột “Trao cho” trong bảng khen thưởng; sửa mã khen thưởng hoặc `subject.kind`.',
  },
  badSlug: {
    group: G.files,
    example: () => checkText.badSlug('Nguyễn Văn A', 'nguyen-van-a'),
    fix: 'Đổi tên tệp (hoặc thư mục) theo gợi ý: chữ thường không dấu, nối bằng gạch ngang. Trên GitHub: mở tệp, bấm biểu tượng bút chì, sửa tên ở ô tên tệp.',
  },
  reservedSlug: {
    group: G.files,
    example: () => checkText.reservedSlug('trang'),
    fix: 'Tên này trùng với một trang của hệ thống. Thêm tên người hoặc đơn vị vào tên tệp.',
  },
  duplicateSlug: {
    group: G.files,
    example: () => checkText.duplicateSlug('nguyen-van-a', 'content/stories/nguyen-van-a/index.mdx'),
    fix: 'Đã có bài cùng tên (có thể một bài là tệp, một bài là thư mục). Nếu là người khác trùng tên, thêm địa phương vào tên tệp, ví dụ `nguyen-van-a-hai-hau.mdx`.',
  },
  folderWithoutIndex: {
    group: G.files,
    example: () => checkText.folderWithoutIndex,
    fix: 'Bài dạng thư mục phải có tệp tên đúng là `index.mdx` trong thư mục đó (cạnh ảnh).',
  },
  notAStory: {
    group: G.files,
    example: () => checkText.notAStory,
    fix: 'Trong `content/stories/` chỉ có tệp `.mdx` hoặc thư mục bài. Ảnh phải nằm trong thư mục của bài; tệp `.md`, `.docx` thì đổi thành `.mdx` hoặc xóa.',
  },
  coverMissing: {
    group: G.cover,
    example: () => checkText.coverMissing('./anh-bia.jpg'),
    fix: 'Tên ảnh trong `cover` phải khớp đúng tên tệp ảnh (cả chữ hoa, chữ thường và đuôi .jpg/.jpeg) và ảnh phải nằm cùng thư mục với `index.mdx`.',
  },
  coverTooSmall: {
    group: G.cover,
    example: () => checkText.coverTooSmall(800),
    fix: 'Ảnh quá nhỏ sẽ mờ. Xin ảnh gốc từ máy ảnh hoặc người chụp (không dùng ảnh chụp lại màn hình, ảnh lấy từ Zalo, Facebook).',
  },
  coverTooHeavy: {
    group: G.cover,
    example: () => checkText.coverTooHeavy(7_340_032),
    fix: 'Thu nhỏ ảnh còn khoảng 2000 điểm ảnh chiều rộng, hoặc lưu JPG chất lượng khoảng 85%.',
  },
  imageExternal: {
    group: G.cover,
    example: () => checkText.imageExternal('https://baomoi.example/anh.jpg'),
    fix: 'Ảnh lấy từ trang khác không hiện được trên trang và có thể vi phạm bản quyền. Xin ảnh gốc, tải vào thư mục của bài, ghi nguồn ảnh.',
  },
  imagePath: {
    group: G.cover,
    example: () => checkText.imagePath('../../anh.jpg'),
    fix: 'Ghi tên tệp ảnh nằm cạnh `index.mdx`: `./anh-1.jpg`.',
  },
  imageExtension: {
    group: G.cover,
    example: () => checkText.imageExtension('./so-do.svg'),
    fix: 'Bài chỉ kèm ảnh chụp hoặc ảnh vẽ lưu dạng JPG, PNG, WebP, AVIF; sơ đồ cũng lưu thành PNG.',
  },
  imageFlatStory: {
    group: G.cover,
    example: () => checkText.imageFlatStory('./anh.jpg'),
    fix: 'Tạo thư mục `stories/<ten-bai>/`, chuyển bài vào thành `index.mdx`, đặt ảnh cạnh đó.',
  },
  imageMissing: {
    group: G.cover,
    example: () => checkText.imageMissing('./anh-1.jpg'),
    fix: 'Tải ảnh lên cùng thư mục với bài, đúng tên (chữ hoa, chữ thường và đuôi tệp như trong bài).',
  },
  imageNotImage: {
    group: G.cover,
    example: () => checkText.imageNotImage('./anh-1.jpg'),
    fix: 'Tệp bị đổi đuôi hoặc bị hỏng. Mở ảnh bằng phần mềm xem ảnh, lưu lại thành JPG rồi tải lên.',
  },
  coverAltUseless: {
    group: G.cover,
    example: () => checkText.coverAltUseless('anh-bia.jpg'),
    fix: 'Mô tả ảnh dành cho người khiếm thị dùng phần mềm đọc màn hình: viết một câu nói ảnh có ai, đang làm gì, ở đâu.',
  },
  mdxSyntax: {
    group: G.body,
    example: mdxExample,
    fix: 'Trong bài không dùng dấu `<` và `{` (chúng có nghĩa đặc biệt). Viết thành chữ: “dưới 5 độ”. Nếu đang dùng thành phần như `<TrichDan>`, kiểm tra đã có thẻ đóng `</TrichDan>`.',
  },
  mdxImportExport: {
    group: G.body,
    example: () => checkText.mdxImportExport,
    fix: 'Xóa dòng `import`/`export`. Các thành phần ở mục 7 dùng được ngay.',
  },
  mdxExpression: {
    group: G.body,
    example: () => checkText.mdxExpression,
    fix: 'Xóa phần trong ngoặc nhọn `{ }`, hoặc viết bằng chữ thường. Chỉ ghi chú dạng `{/* … */}` là được phép (không hiện trên trang, nhưng ai cũng đọc được trên GitHub nên không ghi thông tin riêng tư vào đó).',
  },
  mdxElement: {
    group: G.body,
    example: () => checkText.mdxElement('iframe', Object.keys(STORY_COMPONENTS)),
    fix: 'Không dán mã HTML (kể cả mã nhúng video của YouTube, Facebook). Video dùng thành phần `<Video>` ở mục 7.',
  },
  mdxFragment: {
    group: G.body,
    example: () => checkText.mdxFragment,
    fix: 'Xóa cặp `<>` `</>`.',
  },
  mdxEventHandler: {
    group: G.body,
    example: () => checkText.mdxEventHandler('onclick'),
    fix: 'Xóa thuộc tính đó; bài viết không được chạy mã.',
  },
  mdxAttribute: {
    group: G.body,
    example: () => checkText.mdxAttribute('TrichDan', 'tacGia', ['nguoiNoi']),
    fix: 'Thành phần chỉ nhận các thuộc tính liệt kê trong thông báo (xem mục 7). Sửa tên thuộc tính.',
  },
  mdxAttributeValue: {
    group: G.body,
    example: () => checkText.mdxAttributeValue('HinhAnh', 'chuThich'),
    fix: 'Giá trị thuộc tính viết trong ngoặc kép thẳng `"…"`, không dùng ngoặc nhọn.',
  },
  mdxMissingAttribute: {
    group: G.body,
    example: () => checkText.mdxMissingAttribute('HinhAnh', 'nguon'),
    fix: 'Thêm thuộc tính còn thiếu, ví dụ ảnh trong bài phải có chú thích và nguồn ảnh.',
  },
  videoSource: {
    group: G.body,
    example: () => checkText.videoSource,
    fix: 'Ghi đúng một trong hai: `youtube="…"` hoặc `facebook="…"`.',
  },
  youtubeId: {
    group: G.body,
    example: () => checkText.youtubeId('https://youtu.be/abc'),
    fix: 'Chỉ chép mã video (11 ký tự), không chép cả đường dẫn.',
  },
  facebookId: {
    group: G.body,
    example: () => checkText.facebookId('video-hay'),
    fix: 'Chỉ chép dãy số ở cuối đường dẫn video Facebook.',
  },
  unsafeUrl: {
    group: G.body,
    example: () => checkText.unsafeUrl('javascript:alert(1)'),
    fix: 'Liên kết chỉ dùng địa chỉ `https://…`.',
  },
  linkRelative: {
    group: G.body,
    example: () => checkText.linkRelative('./tai-lieu.pdf'),
    fix: 'Tệp cạnh bài không được đăng (trừ ảnh). Đưa tài liệu lên trang của cơ quan rồi dẫn địa chỉ `https://…`.',
  },
  'privacy.idNumber': {
    group: G.privacy,
    example: () => checkText.privacy.idNumber('036085001234'),
    fix: 'Xóa số căn cước, chứng minh nhân dân. Nếu dãy số không phải số giấy tờ (ví dụ mã số một sáng kiến), nói rõ trong yêu cầu hợp nhất để Ban biên tập xem và ghi duyệt (mục 8).',
  },
  'privacy.phone': {
    group: G.privacy,
    example: () => checkText.privacy.phone('0912 345 678'),
    fix: 'Xóa số điện thoại cá nhân. Số đường dây nóng của cơ quan: nói rõ trong yêu cầu hợp nhất, Ban biên tập xem rồi ghi duyệt vào `content/data/rieng-tu-da-duyet.yaml` (mục 8).',
  },
  'privacy.email': {
    group: G.privacy,
    example: () => checkText.privacy.email('nguyenvana@example.com'),
    fix: 'Xóa thư điện tử cá nhân. Hộp thư công vụ của cơ quan: Ban biên tập xem rồi ghi duyệt (mục 8).',
  },
  'privacy.address': {
    group: G.privacy,
    example: () => checkText.privacy.address('số nhà 12'),
    fix: 'Chỉ ghi thôn, xóm, xã; không ghi số nhà, ngõ, ngách. Địa chỉ trụ sở cơ quan: Ban biên tập xem rồi ghi duyệt (mục 8).',
  },
  'privacy.minorBirth': {
    group: G.privacy,
    example: () => checkText.privacy.minorBirth('sinh năm 2015'),
    fix: 'Không ghi ngày, năm sinh của người chưa đủ 18 tuổi; có thể ghi “học sinh lớp 7”.',
  },
  'privacy.markerIgnored': {
    group: G.privacy,
    example: () => `${checkText.privacy.phone('0228 3123 456')} ${checkText.privacy.markerIgnored}`,
    fix: 'Dòng bị báo có ghi chú `rieng-tu-da-duyet:` kiểu cũ. Ghi chú đó không còn tác dụng: xóa nó đi, và nếu thông tin không riêng tư thì đề nghị Ban biên tập ghi duyệt (mục 8).',
  },
  permalinkNew: {
    group: G.permalinks,
    example: () => checkText.permalinkNew('nguyen-van-a', 'DH0034'),
    fix: 'Đây là thông tin, không phải lỗi: bài mới sẽ được cấp mã tự động sau khi gộp. Không sửa `content/data/permalinks.yaml`.',
  },
  permalinkOrphan: {
    group: G.permalinks,
    example: () => checkText.permalinkOrphan('DH0012', 'nguyen-van-a'),
    fix: 'Một bài đã đăng bị đổi tên tệp hoặc bị xóa. Tốt nhất là đặt lại tên cũ. Việc đổi tên, gỡ bài do Ban biên tập làm (mục 9).',
  },
  permalinkBackToDraft: {
    group: G.permalinks,
    example: () => checkText.permalinkBackToDraft('DH0012'),
    fix: 'Bài đã đăng không chuyển lại thành bản nháp được. Để sửa bài, cứ sửa và ghi `updated`; để gỡ bài, báo Ban biên tập.',
  },
  permalinkRedirectTaken: {
    group: G.permalinks,
    example: () => checkText.permalinkRedirectTaken('nguyen-van-a', 'DH0012'),
    fix: 'Tên tệp này từng là đường dẫn của một bài khác. Đặt tên khác cho bài mới, ví dụ thêm địa phương.',
  },
  permalinkWithdrawnButPresent: {
    group: G.permalinks,
    example: () => checkText.permalinkWithdrawnButPresent('DH0012', 'nguyen-van-a'),
    fix: 'Bài đã gỡ lại xuất hiện. Nếu Ban biên tập đồng ý đăng lại, xóa hai dòng `withdrawn` và `reason`.',
  },
  permalinkSlugTwice: {
    group: G.permalinks,
    example: () => checkText.permalinkSlugTwice('nguyen-van-a', 'DH0012'),
    fix: 'Hai mục trong `permalinks.yaml` cùng ghi một tên bài. Xóa mục vừa thêm nhầm.',
  },
  requiredWhenWithdrawn: {
    group: G.permalinks,
    example: () => checkText.requiredWhenWithdrawn,
    fix: 'Gỡ bài thì ghi cả `reason: …` (lý do, hiện cho người đọc).',
  },
  storyIdShape: {
    group: G.permalinks,
    example: () => checkText.storyIdShape('DH12'),
    fix: 'Mã điển hình gồm chữ DH và 4 chữ số, ví dụ `DH0012`. Chép đúng mã `npm run check` gợi ý.',
  },
  dataMissing: {
    group: G.data,
    example: () => checkText.dataMissing,
    fix: 'Một tệp trong `content/data/` bị xóa hoặc đổi tên. Khôi phục tệp.',
  },
  dataNotList: {
    group: G.data,
    example: () => checkText.dataNotList,
    fix: 'Tệp danh mục phải là danh sách các mục `- id: …`. Xem cách viết ở đầu tệp.',
  },
  duplicateId: {
    group: G.data,
    example: () => checkText.duplicateId('nong-nghiep', 3),
    fix: 'Hai mục trong danh mục có cùng mã. Mỗi mã chỉ dùng một lần.',
  },
  termGone: {
    group: G.data,
    example: () => checkText.termGone('/dia-phuong/hai-hau/', 'hai-hau', 'data/localities.yaml'),
    fix: 'Trang lĩnh vực, địa phương, khen thưởng đã đăng thì mã của nó không được xóa hay đổi (báo, đài có thể đã dẫn). Muốn đổi tên hiển thị thì chỉ sửa `name`, giữ nguyên `id`. Nếu thật sự thay bằng mã mới, ghi `redirectTo: <đường dẫn trang mới>` vào mục đó trong `data/term-permalinks.yaml`.',
  },
  termRedirectStillExists: {
    group: G.data,
    example: () => checkText.termRedirectStillExists('/linh-vuc/nong-nghiep/'),
    fix: 'Một đường dẫn chỉ có một việc: hoặc là trang chủ đề (mã còn trong danh mục), hoặc chuyển sang trang khác (`redirectTo`). Xóa một trong hai.',
  },
  termRedirectTarget: {
    group: G.data,
    example: () => checkText.termRedirectTarget('/dia-phuong/hai-hau/'),
    fix: '`redirectTo` phải là đường dẫn một trang cùng loại đang có, ví dụ mã lĩnh vực cũ chuyển sang `/linh-vuc/<mã mới>/`.',
  },
  requiredWhenFormer: {
    group: G.data,
    example: () => checkText.requiredWhenFormer,
    fix: 'Đơn vị hành chính đã sắp xếp (`status: former`) phải có `until`: ngày cuối cùng đơn vị còn hoạt động.',
  },
  'privacy.approvalFile': {
    group: G.data,
    example: () => checkText.privacy.approvalFile('Nguyễn Văn A'),
    fix: 'Trong `content/data/rieng-tu-da-duyet.yaml`, `file` là tên bài (tên tệp bỏ đuôi `.mdx`), không phải tên người.',
  },
  'privacy.approvalUnknownStory': {
    group: G.data,
    example: () => checkText.privacy.approvalUnknownStory('nguyen-van-b'),
    fix: 'Mục duyệt ghi tên một bài không có. Sửa tên bài cho đúng; nếu bài đã bị xóa hoặc đổi tên, xóa hoặc sửa mục duyệt đó.',
  },
};

/** The message keys the checker can print that are content mistakes. */
export function errorKeys(): string[] {
  return Object.entries(checkText).flatMap(([key, value]) => {
    if ((NOT_ERRORS as readonly string[]).includes(key)) return [];
    return typeof value === 'object' ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key];
  });
}

function errorTable(): string {
  const groups = new Map<string, Guide[]>();
  for (const guide of Object.values(ERROR_GUIDE)) groups.set(guide.group, [...(groups.get(guide.group) ?? []), guide]);
  return [...groups]
    .map(([group, guides]) => [`#### ${group}`, '', table(['Thông báo (ví dụ)', 'Nghĩa là gì, sửa thế nào'], guides.map((g) => [cell(g.example()), g.fix]))].join('\n'))
    .join('\n\n');
}

/** Every generated block of the guide, by marker name. */
export function generatedBlocks(vocabularies: Vocabularies): Record<string, string> {
  const names = (list: Iterable<{ id: string; name: string }>) => [...list].map((item) => [code(item.id), item.name]);
  return {
    'doi-tuong': table(['Mã', 'Loại đối tượng'], KINDS.map((kind) => [code(kind), vi.kinds[kind]])),
    'linh-vuc': table(
      ['Mã', 'Lĩnh vực', 'Gồm'],
      [...vocabularies.fields.values()].map((f) => [code(f.id), f.name, cell(f.description)]),
    ),
    'dia-phuong': table(
      ['Mã', 'Địa phương'],
      [...vocabularies.localities.values()].map((l) => [code(l.id), l.name + (l.status === 'former' ? ' (đã sắp xếp)' : '')]),
    ),
    'khen-thuong': table(
      ['Mã', 'Danh hiệu, hình thức khen thưởng', 'Trao cho'],
      [...vocabularies.awards.values()].map((a) => [code(a.id), a.name, a.kinds.map((k) => vi.kinds[k].toLowerCase()).join(', ')]),
    ),
    'phong-trao': table(['Mã', 'Phong trào thi đua'], names(vocabularies.movements.values())),
    'thanh-phan': table(
      ['Thành phần', 'Thuộc tính bắt buộc', 'Thuộc tính không bắt buộc'],
      Object.entries(STORY_COMPONENTS).map(([name, spec]) => [
        code(`<${name}>`),
        spec.required.map(code).join(', ') || '—',
        spec.optional.map(code).join(', ') || '—',
      ]),
    ),
    'loi': errorTable(),
  };
}

const marker = (name: string) => new RegExp(`<!-- tu-dong:${name} -->\\n(?:[\\s\\S]*?\\n)?<!-- /tu-dong:${name} -->`);

/** The guide with every generated block replaced; throws when a marker pair is missing. */
export function fillBlocks(doc: string, blocks: Record<string, string>): string {
  let out = doc;
  for (const [name, body] of Object.entries(blocks)) {
    if (!marker(name).test(out)) throw new Error(`CONTRIBUTING.md has no <!-- tu-dong:${name} --> … <!-- /tu-dong:${name} --> block`);
    out = out.replace(marker(name), () => `<!-- tu-dong:${name} -->\n${body}\n<!-- /tu-dong:${name} -->`);
  }
  return out;
}
