/**
 * Every string of the form editor at /quan-tri/ that the project writes, in Vietnamese:
 * the page around the editor, and the label and hint of each story field. The editor's
 * own buttons and messages come from Sveltia CMS's Vietnamese strings.
 * Limits inside hints are filled in from the schema, never written here.
 */
export const editorText = {
  page: {
    title: 'Soạn bài điển hình tiên tiến',
    noscript:
      'Biểu mẫu soạn bài cần JavaScript. Hãy bật JavaScript, hoặc gửi bài trên trang GitHub của dự án theo hướng dẫn CONTRIBUTING.md.',
  },
  collection: {
    stories: { label: 'Điển hình', singular: 'bài điển hình', description: 'Mỗi bài là một gương điển hình tiên tiến. Lưu bài sẽ tạo một yêu cầu hợp nhất (pull request) để Ban biên tập duyệt.' },
    vocabularies: { label: 'Danh mục (chỉ đọc)' },
    fields: 'Lĩnh vực',
    localities: 'Địa phương',
    awards: 'Danh hiệu, hình thức khen thưởng',
    movements: 'Phong trào thi đua',
  },
  /** Label and hint of each story field; `n`/`min`/`max` are the schema's limits. */
  fields: {
    title: {
      label: 'Tiêu đề',
      hint: (min: number, max: number) => `${min}–${max} ký tự, nêu tên và việc làm nổi bật.`,
    },
    subject: { label: 'Đối tượng', hint: 'Người, tập thể hoặc hộ gia đình được giới thiệu.' },
    'subject.kind': { label: 'Loại đối tượng', hint: 'Cá nhân, tập thể hoặc hộ gia đình.' },
    'subject.name': {
      label: 'Tên',
      hint: (min: number, max: number) => `Viết đủ dấu, như sẽ in trên trang (${min}–${max} ký tự). Tên này cũng đặt đường dẫn của bài.`,
    },
    'subject.role': {
      label: 'Chức vụ, đơn vị',
      hint: 'Không bắt buộc. Chức vụ, đơn vị hoặc thôn, xóm; không ghi địa chỉ nhà, số điện thoại.',
    },
    field: { label: 'Lĩnh vực', hint: 'Chọn trong danh mục lĩnh vực.' },
    locality: { label: 'Địa phương', hint: 'Địa phương tại thời điểm được khen thưởng.' },
    awards: {
      label: 'Khen thưởng',
      hint: (min: number) => `Ít nhất ${min} mục. Danh hiệu phải trao được cho loại đối tượng đã chọn.`,
      singular: 'lần khen thưởng',
    },
    'awards.award': { label: 'Danh hiệu, hình thức khen thưởng', hint: 'Chọn trong danh mục khen thưởng.' },
    'awards.year': {
      label: 'Năm khen thưởng',
      hint: (min: number, max: number) => `Từ ${min} đến ${max}, không muộn hơn năm đăng bài.`,
    },
    'awards.decision': {
      label: 'Số, ngày quyết định',
      hint: 'Nên có. Chép đúng như trên quyết định, ví dụ “Số 123/QĐ-UBND ngày 12/01/2024”.',
    },
    movement: { label: 'Phong trào thi đua', hint: 'Không bắt buộc.' },
    summary: {
      label: 'Tóm tắt',
      hint: (min: number, max: number) =>
        `${min}–${max} ký tự. Hiện trên thẻ bài, khi chia sẻ và trong kết quả tìm kiếm; đọc riêng vẫn phải hiểu.`,
    },
    cover: {
      label: 'Ảnh bìa',
      hint: (minWidth: number, maxMb: number) =>
        `Không bắt buộc. JPG, PNG hoặc WebP, rộng ít nhất ${minWidth} điểm ảnh, tối đa ${maxMb} MB, người trong ảnh đã đồng ý. Có ảnh thì phải ghi mô tả ảnh và nguồn ảnh.`,
    },
    coverAlt: {
      label: 'Mô tả ảnh bìa',
      hint: 'Bắt buộc khi có ảnh: ảnh có ai, đang làm gì, ở đâu (cho người khiếm thị). Không ghi tên tệp.',
    },
    coverCredit: {
      label: 'Nguồn ảnh bìa',
      hint: 'Bắt buộc khi có ảnh, ví dụ “Ảnh: Đài PT-TH tỉnh”.',
    },
    practices: {
      label: 'Cách làm hay',
      hint: (max: number, minLength: number, maxLength: number) =>
        `Không bắt buộc, tối đa ${max} mục, mỗi mục ${minLength}–${maxLength} ký tự: những việc người khác học theo được.`,
      singular: 'cách làm hay',
    },
    visit: {
      label: 'Học tập mô hình',
      hint: 'Không bắt buộc. Cơ quan, tổ chức đón khách đến học tập; không ghi liên hệ cá nhân.',
    },
    'visit.host': { label: 'Nơi tiếp đón', hint: 'Ví dụ “Hội Nông dân xã Giao Hòa”.' },
    'visit.arrangements': { label: 'Cách sắp xếp tham quan', hint: 'Không bắt buộc. Khi nào, đăng ký thế nào.' },
    followUps: {
      label: 'Diễn biến sau khen thưởng',
      hint: 'Không bắt buộc: những việc đã xảy ra sau khi được khen thưởng, cũ trước.',
      singular: 'diễn biến',
    },
    'followUps.date': { label: 'Ngày', hint: '' },
    'followUps.text': { label: 'Nội dung', hint: 'Một, hai câu.' },
    published: { label: 'Ngày đăng', hint: 'Ngày bài được đăng lần đầu.' },
    updated: { label: 'Ngày cập nhật', hint: 'Không bắt buộc: khi sửa nội dung một bài đã đăng; không sớm hơn ngày đăng.' },
    featured: { label: 'Nổi bật', hint: 'Đưa lên đầu trang chủ. Do Ban biên tập quyết định; người gửi bài để tắt.' },
    draft: {
      label: 'Bản nháp',
      hint: 'Để tắt. Bài gửi từ biểu mẫu đã là bản nháp (một yêu cầu hợp nhất) cho đến khi Ban biên tập duyệt và hợp nhất.',
    },
    body: {
      label: 'Câu chuyện',
      hint: 'Đã làm gì, làm thế nào, kết quả ra sao (có số liệu), người khác học theo được điều gì. Không dùng dấu “<” và “{”.',
    },
  },
  kinds: 'Loại đối tượng',
  /** Preview headings that the profile page has no string for. */
  preview: {
    cover: 'Ảnh bìa',
  },
} as const;
