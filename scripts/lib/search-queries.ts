/**
 * Realistic queries over the sample content and the story each must find in its
 * top 3. `query` is written with diacritics; `typed` says how a citizen typed it
 * in the quality table: `plain` means folded to ASCII (đ → d), as most phones do.
 * Tests also run the other form of every query: without diacritics a query must
 * find every story it finds with them (ranking may differ where the ASCII form
 * is ambiguous, e.g. "duc dong" is also "giáo dục" and "lao động").
 */
export const SEARCH_QUERIES: readonly { query: string; typed: 'plain' | 'marked'; expected: string; kind: string }[] = [
  { query: 'nông dân Hải Hậu', typed: 'plain', expected: 'tran-van-binh', kind: 'nghề + nơi' },
  { query: 'Phạm Minh Đức', typed: 'plain', expected: 'pham-minh-duc', kind: 'tên người' },
  { query: 'Đặng Văn Khoa', typed: 'plain', expected: 'dang-van-khoa', kind: 'tên người' },
  { query: 'Lương Thị Thu', typed: 'marked', expected: 'luong-thi-thu', kind: 'tên người' },
  { query: 'Đỗ Văn Thịnh', typed: 'plain', expected: 'gia-dinh-ong-do-van-thinh', kind: 'tên hộ gia đình' },
  { query: 'Trịnh Văn Ph', typed: 'plain', expected: 'trinh-van-phong', kind: 'tên, gõ dở' },
  { query: 'đúc đồng', typed: 'marked', expected: 'le-van-hung', kind: 'nghề' },
  { query: 'hát văn', typed: 'plain', expected: 'clb-hat-van-trung-thanh', kind: 'nghề' },
  { query: 'nuôi ngao', typed: 'plain', expected: 'gia-dinh-ong-pham-van-tu', kind: 'cách làm' },
  { query: 'nghề muối', typed: 'plain', expected: 'gia-dinh-ong-dinh-van-loc', kind: 'cách làm' },
  { query: 'hiến máu', typed: 'plain', expected: 'vu-dinh-thang', kind: 'chủ đề' },
  { query: 'hiến ma', typed: 'plain', expected: 'vu-dinh-thang', kind: 'gõ dở' },
  { query: 'chuyển đổi số', typed: 'marked', expected: 'xa-giao-hoa', kind: 'chủ đề' },
  { query: 'chuyển đổi s', typed: 'plain', expected: 'xa-giao-hoa', kind: 'gõ dở' },
  { query: 'số hóa hồ sơ lưu trữ', typed: 'plain', expected: 'tran-thi-thu-ha', kind: 'chủ đề' },
  { query: 'máy sấy lúa', typed: 'plain', expected: 'co-khi-tan-hoa', kind: 'sản phẩm' },
  { query: 'bánh đa', typed: 'plain', expected: 'gia-dinh-ba-hoang-thi-mai', kind: 'sản phẩm' },
  { query: 'đồ gỗ mỹ nghệ', typed: 'plain', expected: 'dang-van-khoa', kind: 'sản phẩm' },
  { query: 'cây cảnh Nam Trực', typed: 'plain', expected: 'htx-cay-canh-dong-lac', kind: 'sản phẩm + nơi' },
  { query: 'nữ hộ sinh', typed: 'plain', expected: 'nguyen-thi-hue', kind: 'nghề' },
  { query: 'công an xã', typed: 'plain', expected: 'trinh-van-phong', kind: 'nghề' },
  { query: 'dân quân', typed: 'marked', expected: 'hoang-van-son', kind: 'lực lượng' },
  { query: 'bò luân chuyển', typed: 'plain', expected: 'mai-thi-nga', kind: 'cách làm' },
  { query: 'tổ dệt', typed: 'plain', expected: 'to-det-so-3-an-khang', kind: 'tập thể' },
  { query: 'bếp cơm miễn phí', typed: 'plain', expected: 'clb-bep-com-mai-am', kind: 'tập thể' },
  { query: 'hương ước', typed: 'plain', expected: 'thon-an-lac', kind: 'cách làm' },
  { query: 'tổ liên gia an toàn', typed: 'plain', expected: 'gia-dinh-ong-luu-duc-thang', kind: 'cách làm' },
  { query: 'bệnh mạn tính', typed: 'plain', expected: 'tram-y-te-xa-dong-binh', kind: 'cách làm' },
  { query: 'học sinh bỏ học', typed: 'plain', expected: 'truong-thcs-tan-hai', kind: 'chủ đề' },
  { query: 'cữ gá', typed: 'marked', expected: 'vu-thi-thu-huong', kind: 'cách làm (từ hiếm)' },
];
