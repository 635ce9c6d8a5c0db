import { vi } from './vi.ts';
import { PRIVACY_APPROVALS_FILE } from '../content-paths.ts';
import type { Kind } from '../schemas/kind.ts';

/** Vietnamese names of frontmatter and data fields, for messages. Keys are paths without indexes. */
export const fieldLabels: Record<string, string> = {
  title: 'tiêu đề',
  subject: 'đối tượng',
  'subject.kind': 'loại đối tượng',
  'subject.name': 'tên đối tượng',
  'subject.role': 'chức vụ, đơn vị',
  field: 'lĩnh vực',
  locality: 'địa phương',
  awards: 'danh sách khen thưởng',
  'awards.award': 'mã khen thưởng',
  'awards.year': 'năm khen thưởng',
  'awards.decision': 'quyết định khen thưởng',
  movement: 'phong trào thi đua',
  summary: 'tóm tắt',
  cover: 'ảnh bìa',
  coverAlt: 'mô tả ảnh bìa',
  coverCredit: 'nguồn ảnh bìa',
  practices: 'cách làm hay',
  visit: 'học tập mô hình',
  'visit.host': 'nơi tiếp đón',
  'visit.arrangements': 'cách sắp xếp tham quan',
  followUps: 'diễn biến sau khen thưởng',
  'followUps.date': 'ngày',
  'followUps.text': 'nội dung',
  published: 'ngày đăng',
  updated: 'ngày cập nhật',
  featured: 'nổi bật',
  draft: 'bản nháp',
  sample: 'nội dung mẫu',
  id: 'mã',
  name: 'tên',
  shortName: 'tên ngắn',
  description: 'mô tả',
  type: 'cấp hành chính',
  status: 'tình trạng',
  until: 'ngày kết thúc',
  note: 'ghi chú',
  group: 'nhóm khen thưởng',
  precedence: 'thứ bậc',
  kinds: 'loại đối tượng được nhận',
  redirectFrom: 'đường dẫn cũ',
  withdrawn: 'ngày gỡ bài',
  reason: 'lý do',
  file: 'bài viết',
  text: 'chữ được duyệt',
  approvedBy: 'người duyệt',
  date: 'ngày duyệt',
};

const quote = (value: unknown) => `“${String(value)}”`;
const didYouMean = (suggestion: string | undefined) =>
  suggestion ? ` Có phải ý bạn là “${suggestion}”?` : '';

const privacyAdvice = `Hãy xóa đi. Nếu đây không phải thông tin riêng tư (ví dụ số đường dây nóng của cơ quan), hãy nói rõ trong yêu cầu hợp nhất: Ban biên tập xem xét và, nếu đồng ý, ghi duyệt vào tệp ${PRIVACY_APPROVALS_FILE}.`;

/** Names for the kinds of value a field expects. */
const expectedNames: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách, mỗi mục một dòng bắt đầu bằng “- ”',
  object: 'một nhóm trường con (thụt lề bên dưới)',
  date: 'một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15',
};

/** Every message `npm run check` and the build can print about content. */
export const checkText = {
  missing: 'Thiếu trường bắt buộc này.',
  wrongType: (expected: string, found: unknown) =>
    `Cần ${expectedNames[expected] ?? expected}, nhưng đang ghi ${quote(found)}.`,
  textTooShort: (min: number, length: number) =>
    `Quá ngắn: cần ít nhất ${min} ký tự, hiện có ${length}.`,
  textTooLong: (max: number, length: number) =>
    `Quá dài: tối đa ${max} ký tự, hiện có ${length}. Hãy viết gọn lại.`,
  listTooShort: (min: number) => `Cần ít nhất ${min} mục.`,
  listTooLong: (max: number, length: number) => `Tối đa ${max} mục, hiện có ${length}.`,
  numberTooSmall: (min: number, found: unknown) => `Phải từ ${min} trở lên, đang ghi ${quote(found)}.`,
  numberTooBig: (max: number, found: unknown) => `Không được lớn hơn ${max}, đang ghi ${quote(found)}.`,
  notInteger: (found: unknown) => `Phải là số nguyên, đang ghi ${quote(found)}.`,
  notAllowed: (found: unknown, allowed: readonly string[], suggestion?: string) =>
    `Giá trị ${quote(found)} không hợp lệ. Chỉ được ghi một trong: ${allowed.join(', ')}.${didYouMean(suggestion)}`,
  notIdShape: (found: unknown, suggestion?: string) =>
    `${quote(found)} không đúng dạng mã: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ hai-hau.${didYouMean(suggestion)}`,
  unknownKey: (key: string, suggestion?: string) =>
    `Trường ${quote(key)} không có trong mẫu bài viết.${suggestion ? didYouMean(suggestion) : ' Hãy xóa dòng này hoặc sửa lại tên trường.'}`,
  badDate: (found: unknown) =>
    `${quote(found)} không phải một ngày có thật. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-03-15.`,
  futureYear: (found: unknown) => `Năm ${quote(found)} chưa tới. Hãy kiểm tra lại năm khen thưởng.`,
  requiredWithCover: 'Bắt buộc khi bài có ảnh bìa (cover).',
  publishedInFuture: (found: unknown) =>
    `Ngày đăng ${quote(found)} chưa tới. Trang không hẹn giờ đăng bài: hãy ghi ngày hôm nay (hoặc ngày bài đã đăng trên báo), và chỉ gộp bài khi đã muốn công bố.`,
  updatedBeforePublished: 'Ngày cập nhật (updated) không được sớm hơn ngày đăng (published).',
  awardAfterPublished: (year: unknown, publishedYear: number) =>
    `Năm khen thưởng ${quote(year)} muộn hơn năm đăng bài (${publishedYear}). Hãy kiểm tra lại năm hoặc ngày đăng.`,
  requiredWhenFormer: 'Bắt buộc khi tình trạng là former (đơn vị đã sắp xếp).',
  invalid: 'Giá trị không hợp lệ.',
  unknownId: (found: unknown, dataFile: string, suggestion?: string) =>
    `Không có mã ${quote(found)} trong ${dataFile}.${didYouMean(suggestion)}`,
  awardNotForKind: (awardName: string, kind: Kind, allowed: readonly Kind[]) =>
    `“${awardName}” không trao cho đối tượng loại ${vi.kinds[kind].toLowerCase()}; danh hiệu này dành cho: ${allowed
      .map((k) => vi.kinds[k].toLowerCase())
      .join(', ')}. Hãy chọn hình thức khen thưởng khác hoặc sửa loại đối tượng.`,
  duplicateId: (id: string, firstLine: number) => `Mã ${quote(id)} bị trùng với mục ở dòng ${firstLine}.`,
  badSlug: (name: string, suggestion: string) =>
    `Tên ${quote(name)} không dùng được làm đường dẫn: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang. Hãy đổi tên thành ${quote(suggestion)}.`,
  reservedSlug: (slug: string) =>
    `Tên ${quote(slug)} trùng với đường dẫn của trang web. Hãy thêm tên riêng, ví dụ ${quote(`${slug}-nguyen-van-a`)}.`,
  duplicateSlug: (slug: string, other: string) =>
    `Đường dẫn /dien-hinh/${slug}/ đã được dùng bởi ${other}. Mỗi bài cần một tên tệp riêng.`,
  folderWithoutIndex: 'Thư mục bài viết cần có tệp index.mdx chứa nội dung bài.',
  notAStory: 'Tệp này không phải bài viết. Bài viết là tệp .mdx, hoặc tệp index.mdx trong một thư mục riêng.',
  notUtf8: 'Tệp không lưu ở dạng UTF-8 nên chữ có dấu sẽ bị lỗi. Hãy lưu lại tệp với bảng mã UTF-8.',
  noFrontmatter:
    'Thiếu phần thông tin đầu bài. Tệp phải bắt đầu bằng một dòng “---”, tiếp theo là các trường, rồi một dòng “---”.',
  /** Mistakes in YAML (a story's frontmatter or a data file), one per parser complaint. */
  yaml: {
    duplicateKey: (key: string) =>
      `Trường ${quote(key)} được ghi hai lần. Mỗi trường chỉ ghi một lần: hãy giữ một dòng đúng và xóa dòng kia.`,
    colonInValue:
      'Sai cú pháp: trong giá trị có dấu hai chấm “:” hoặc dòng bị thụt lề sai. Nếu chữ có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép, ví dụ title: "Bác sĩ Đức: người thầy thuốc tận tụy".',
    tabIndent: 'Dòng này thụt lề bằng phím Tab. Hãy xóa Tab và thụt lề bằng dấu cách.',
    missingClose: 'Thiếu dấu đóng: một dấu ngoặc kép “"” hoặc ngoặc “]”, “}” đã mở mà chưa đóng. Hãy thêm dấu đóng ở cuối giá trị.',
    badIndent: 'Thụt lề không đúng: các trường con phải thụt vào cùng một số dấu cách, danh sách trong ngoặc vuông phải đóng “]”.',
    reservedStart: (char: string) =>
      `Giá trị không được bắt đầu bằng ký tự ${quote(char)}. Hãy đặt cả giá trị trong ngoặc kép, ví dụ "${char}…".`,
    other: 'Dòng này sai cú pháp. Hãy kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và dấu ngoặc kép đóng mở.',
    tag: (tag: string) =>
      `Không dùng thẻ kiểu ${quote(tag)} trong phần thông tin. Hãy xóa ${quote(tag)} và chỉ ghi giá trị (đặt trong ngoặc kép nếu là chữ).`,
    anchor: 'Không dùng ký hiệu “&” đặt tên cho giá trị. Hãy ghi thẳng giá trị ở mỗi chỗ cần.',
    alias: 'Không dùng ký hiệu “*” để chép lại giá trị khác. Hãy ghi thẳng giá trị ở mỗi chỗ cần.',
    tooDeep: 'Phần thông tin lồng nhau quá nhiều tầng (ngoặc hoặc thụt lề quá sâu). Hãy chép lại theo mẫu bài viết.',
  },
  frontmatterDelimiter:
    'Dòng “---” mở hoặc đóng phần thông tin đầu bài phải đứng riêng: đúng ba dấu gạch, không có dấu cách hay ký tự nào khác trên dòng.',
  secondFrontmatter:
    'Nội dung bài không được bắt đầu bằng một khối “---” hay “+++” thứ hai. Mỗi bài chỉ có một phần thông tin ở đầu tệp; hãy xóa khối thừa này.',
  controlCharacter: (code: string) =>
    `Dòng này có ký tự điều khiển vô hình (${code}), thường do chép từ phần mềm khác. Hãy gõ lại dòng này.`,
  storyTooLarge: (kilobytes: number) =>
    `Tệp bài viết nặng ${kilobytes} KB, quá giới hạn 256 KB cho chữ. Hãy chia nhỏ hoặc rút gọn bài; ảnh đặt thành tệp riêng cạnh bài.`,
  symlink: 'Đây là một liên kết tới tệp hay thư mục khác (symlink), không phải tệp thật. Hãy thay bằng tệp thật.',
  imageExternal: (url: string) =>
    `Ảnh ${quote(url)} lấy từ trang web khác nên sẽ không hiện được. Hãy tải ảnh về, đặt tệp ảnh vào thư mục của bài (cạnh index.mdx) rồi ghi ![mô tả](./ten-anh.jpg).`,
  imagePath: (url: string) =>
    `Đường dẫn ảnh ${quote(url)} không dùng được. Ảnh phải là một tệp trong thư mục của bài, ghi dạng ./ten-anh.jpg: không có “..”, “?”, “#”, “%” hay dấu “\\”.`,
  imageExtension: (url: string) =>
    `${quote(url)} không phải tệp ảnh. Bài chỉ được kèm ảnh JPG, PNG, WebP hoặc AVIF; hãy lưu ảnh ở một trong các dạng đó.`,
  imageFlatStory: (url: string) =>
    `Bài viết dạng một tệp .mdx không kèm được ảnh ${quote(url)}. Hãy chuyển bài thành thư mục: stories/<ten-bai>/index.mdx và đặt ảnh cạnh tệp index.mdx.`,
  imageMissing: (url: string) => `Không tìm thấy tệp ảnh ${quote(url)} trong thư mục của bài. Hãy tải ảnh lên cùng thư mục với index.mdx.`,
  imageNotImage: (url: string) =>
    `Tệp ${quote(url)} không phải ảnh JPG, PNG, WebP hay AVIF (hoặc ảnh bị hỏng), dù tên tệp có đuôi ảnh. Hãy mở ảnh, lưu lại thành JPG rồi tải lên lại.`,
  linkRelative: (url: string) =>
    `Liên kết ${quote(url)} trỏ tới một tệp không được đăng kèm bài. Hãy ghi địa chỉ đầy đủ bắt đầu bằng https://, hoặc đường dẫn trong trang bắt đầu bằng “/”.`,
  emptyBody: 'Bài chưa có nội dung. Hãy viết câu chuyện bên dưới dòng “---” thứ hai.',
  coverMissing: (path: string) => `Không tìm thấy tệp ảnh ${quote(path)} cạnh bài viết.`,
  coverTooSmall: (width: number) =>
    `Ảnh bìa chỉ rộng ${width} điểm ảnh; cần ít nhất 1200 để hiện rõ trên trang và khi chia sẻ. Hãy xin ảnh gốc cỡ lớn hơn.`,
  coverTooHeavy: (bytes: number) =>
    `Ảnh bìa nặng ${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB; tối đa 5 MB. Hãy lưu lại ảnh ở chất lượng thấp hơn hoặc thu nhỏ còn khoảng 2000 điểm ảnh chiều rộng.`,
  coverAltUseless: (alt: string) =>
    `Mô tả ảnh ${quote(alt)} không cho người khiếm thị biết ảnh có gì. Hãy tả ngắn gọn nội dung ảnh, ví dụ “Ông Bình kiểm tra lúa trên cánh đồng”.`,
  dataNotList: 'Tệp dữ liệu phải là một danh sách, mỗi mục bắt đầu bằng “- id: …”.',
  dataMissing: 'Không tìm thấy tệp dữ liệu này.',
  mdxSyntax: (detail: string) =>
    `Nội dung bài viết sai cú pháp (${detail}). Nếu bài có dấu “<” hoặc “{”, hãy viết chúng thành chữ (“nhỏ hơn”) hoặc xóa đi.`,
  mdxImportExport:
    'Bài viết không được có dòng “import” hay “export”. Các thành phần TrichDan, HinhAnh, Video dùng được ngay mà không cần import.',
  mdxExpression:
    'Bài viết không được chứa mã trong dấu ngoặc nhọn “{ }”. Hãy xóa phần này, hoặc viết giá trị thành chữ bình thường.',
  mdxElement: (name: string, allowed: readonly string[]) =>
    `Bài viết không được dùng thẻ <${name}>. Chỉ dùng được chữ Markdown và các thành phần: ${allowed.map((a) => `<${a}>`).join(', ')}.`,
  mdxFragment: 'Bài viết không được dùng thẻ rỗng <> </>. Hãy xóa cặp thẻ này.',
  mdxEventHandler: (name: string) => `Thuộc tính “${name}” chạy mã trên trang nên không được phép. Hãy xóa nó.`,
  mdxAttribute: (component: string, name: string, allowed: readonly string[]) =>
    `<${component}> không có thuộc tính “${name}”. Chỉ dùng: ${allowed.join(', ')}.`,
  mdxAttributeValue: (component: string, name: string) =>
    `Thuộc tính “${name}” của <${component}> phải viết trong ngoặc kép, ví dụ ${name}="…".`,
  mdxMissingAttribute: (component: string, name: string) => `<${component}> cần có thuộc tính ${name}="…".`,
  videoSource: '<Video> cần đúng một nguồn: youtube="mã video" hoặc facebook="mã video".',
  youtubeId: (id: string) =>
    `“${id}” không phải mã video YouTube. Mã gồm 11 ký tự, ví dụ trong youtube.com/watch?v=dQw4w9WgXcQ mã là dQw4w9WgXcQ.`,
  facebookId: (id: string) => `“${id}” không phải mã video Facebook. Mã là dãy số ở cuối đường dẫn video, ví dụ 1234567890.`,
  unsafeUrl: (url: string) =>
    `Đường dẫn “${url}” không an toàn. Chỉ dùng đường dẫn bắt đầu bằng https:// (hoặc đường dẫn tới ảnh cạnh bài).`,
  privacy: {
    idNumber: (text: string) => `“${text}” trông giống số căn cước hoặc chứng minh nhân dân. ${privacyAdvice}`,
    phone: (text: string) =>
      `“${text}” trông giống số điện thoại. Không đăng số điện thoại cá nhân; người đọc liên hệ qua cơ quan, đơn vị. ${privacyAdvice}`,
    email: (text: string) => `“${text}” là địa chỉ thư điện tử. Không đăng thư điện tử cá nhân. ${privacyAdvice}`,
    address: (text: string) => `“${text}” trông giống địa chỉ nhà riêng. Chỉ ghi thôn, xóm, xã. ${privacyAdvice}`,
    minorBirth: (text: string) => `“${text}”: không đăng ngày, năm sinh của người chưa đủ 18 tuổi. ${privacyAdvice}`,
    markerIgnored: `Ghi chú “rieng-tu-da-duyet” viết trong bài không còn được tính là đã duyệt; chỉ những mục Ban biên tập ghi trong ${PRIVACY_APPROVALS_FILE} mới được tính.`,
    approvalFile: (found: unknown) =>
      `${quote(found)} không phải tên một bài. Ghi tên bài (tên tệp bỏ đuôi .mdx, ví dụ nguyen-van-a) hoặc đường dẫn tệp, ví dụ stories/nguyen-van-a/index.mdx.`,
    approvalUnknownStory: (slug: string) =>
      `Không có bài nào tên ${quote(slug)} trong thư mục stories. Hãy sửa lại tên bài, hoặc xóa mục duyệt này nếu bài đã bị xóa.`,
  },
  permalinkNew: (slug: string, id: string) =>
    `Bài mới. Khi được gộp vào nhánh chính, bài sẽ có đường dẫn cố định /dien-hinh/${slug}/ và mã điển hình (dự kiến ${id}; nếu có bài khác được gộp trước thì là số kế tiếp). Hệ thống tự ghi mã, bạn không cần sửa tệp nào khác.`,
  permalinkOrphan: (id: string, slug: string) =>
    `${id}: đường dẫn /dien-hinh/${slug}/ đã được công bố nhưng không còn bài nào mang tên này. Nếu bài được đổi tên, hãy sửa slug thành tên mới và thêm dòng “redirectFrom: [${slug}]”; nếu bài bị gỡ, thêm “withdrawn: NĂM-THÁNG-NGÀY” và “reason: lý do gỡ bài”.`,
  permalinkBackToDraft: (id: string) =>
    `Bài này đã được đăng với mã ${id} nên không thể chuyển lại thành bản nháp (báo, đài có thể đã dẫn đường dẫn). Nếu cần gỡ bài, hãy ghi withdrawn và reason cho ${id} trong data/permalinks.yaml.`,
  permalinkRedirectTaken: (slug: string, id: string) =>
    `Tên “${slug}” đang được ${id} dùng làm đường dẫn cũ (redirectFrom). Một đường dẫn không thể vừa chuyển hướng vừa là một bài; hãy đặt tên khác cho bài này.`,
  permalinkWithdrawnButPresent: (id: string, slug: string) =>
    `${id} được ghi là đã gỡ nhưng bài /dien-hinh/${slug}/ vẫn còn. Nếu đăng lại bài, hãy xóa hai dòng withdrawn và reason.`,
  permalinkSlugTwice: (slug: string, otherId: string) =>
    `Đường dẫn /dien-hinh/${slug}/ đã thuộc về ${otherId}. Mỗi đường dẫn chỉ thuộc về một mã điển hình.`,
  termGone: (termPath: string, id: string, source?: string) =>
    `Trang ${termPath} đã được công bố nên mã “${id}” phải còn${source ? ` trong ${source}` : ''}. Nếu muốn đổi tên, hãy sửa tên hiển thị và giữ nguyên mã; nếu đã thay bằng mã mới, thêm “redirectTo: <đường dẫn mới>” vào mục này; nếu mã bị xóa nhầm, hãy thêm lại.`,
  termRedirectStillExists: (termPath: string) =>
    `Trang ${termPath} vẫn còn mã trong danh mục nên không thể vừa là trang vừa chuyển hướng. Hãy xóa dòng redirectTo, hoặc xóa mã cũ khỏi danh mục.`,
  termRedirectTarget: (target: string) =>
    `Đường dẫn mới “${target}” không phải một trang chủ đề cùng loại đang có. Hãy ghi đường dẫn trang thay thế, ví dụ /linh-vuc/nong-nghiep/.`,
  requiredWhenWithdrawn: 'Bắt buộc khi bài đã gỡ (withdrawn): hãy ghi lý do để người đọc hiểu.',
  storyIdShape: (found: unknown) => `${quote(found)} không đúng dạng mã điển hình: chữ DH và 4 chữ số, ví dụ DH0012.`,
  summary: (count: number, files: number) => `Có ${count} lỗi trong ${files} tệp nội dung.`,
  allGood: (stories: number) => `Nội dung hợp lệ: ${stories} bài viết.`,
  buildStopped: 'Dừng tạo trang vì nội dung có lỗi. Hãy sửa các lỗi ở trên rồi chạy lại.',
  badRepoUrl: (found: string) =>
    `REPO_URL “${found}” không phải địa chỉ kho mã nguồn. Hãy ghi địa chỉ đầy đủ, ví dụ https://github.com/to-chuc/dien-hinh-tien-tien, hoặc bỏ trống để lấy từ git.`,
  editorNeedsGitHub: (found: string) =>
    `Biểu mẫu soạn bài (/quan-tri/) chỉ làm việc với kho trên github.com, nhưng kho mã nguồn là “${found}”. Hãy đặt REPO_URL là địa chỉ kho trên GitHub, ví dụ https://github.com/to-chuc/dien-hinh-tien-tien.`,
  fieldPrefix: (path: string, label?: string) => (label ? `${path} (${label})` : path),
};
