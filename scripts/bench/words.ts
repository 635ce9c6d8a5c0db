/**
 * Vietnamese word lists for the synthetic benchmark stories (scripts/bench/generate.ts).
 * Everything here is invented; the stories are marked `sample: true`.
 *
 * Templates use `{slot}` placeholders filled by generate.ts (see `fill`):
 *   {ref}/{Ref}   how the text refers to the subject ("anh Đạt", "tập thể nhà trường")
 *   {xa}          commune with its prefix ("xã Hải Đường"), {thon} a hamlet, {huyen} the district
 *   {topic}       a field noun, {n:a-b} a number in a..b, {year} a year before publication
 */

/** Family names; many carry đ/Đ on purpose (search folds đ → d). */
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 24], ['Trần', 10], ['Lê', 8], ['Phạm', 7], ['Hoàng', 4], ['Vũ', 6],
  ['Đặng', 5], ['Đỗ', 5], ['Đinh', 4], ['Đào', 4], ['Bùi', 4], ['Ngô', 3],
  ['Dương', 2], ['Đoàn', 3], ['Trịnh', 3], ['Lương', 2], ['Mai', 2], ['Phan', 2],
  ['Tô', 1], ['Lưu', 1], ['Đồng', 2], ['Đàm', 1], ['Cao', 1], ['Hà', 1], ['Lại', 1], ['Triệu', 1],
];

export const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Đình', 'Xuân', 'Ngọc', 'Công', 'Trọng', 'Thế', 'Đăng', 'Tiến'];
export const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Phương', 'Diệu'];
export const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Đạt', 'Đông', 'Định', 'Đức', 'Điền', 'Quang', 'Thắng', 'Khoa', 'Sơn', 'Tuấn', 'Bình',
  'Phong', 'Lộc', 'Thịnh', 'Tú', 'Cường', 'Hải', 'Long', 'Nam', 'Trung', 'Hiếu', 'Nghĩa', 'Quyết', 'Toàn',
  'Vượng', 'Chiến', 'Hưng', 'Đô', 'Độ', 'Đoan', 'Khải', 'Phúc', 'Tâm', 'Thành', 'Việt', 'Kiên', 'Lâm',
];
export const FEMALE_GIVEN = [
  'Hương', 'Lan', 'Huệ', 'Hà', 'Thu', 'Nga', 'Mai', 'Hằng', 'Phượng', 'Dung', 'Hoa', 'Thủy', 'Yến', 'Loan',
  'Nhung', 'Oanh', 'Thảo', 'Trang', 'Ngọc', 'Điệp', 'Đào', 'Duyên', 'Hạnh', 'Liên', 'Diệp', 'Đan', 'Giang',
  'Tuyết', 'Xuân', 'Vân', 'Quyên',
];

/** Communes by locality id; unknown ids fall back to GENERIC_COMMUNES. */
export const COMMUNES: Readonly<Record<string, readonly string[]>> = {
  'thanh-pho-nam-dinh': ['phường Trần Hưng Đạo', 'phường Vị Xuyên', 'phường Lộc Hạ', 'phường Năng Tĩnh', 'xã Nam Phong', 'phường Cửa Bắc', 'phường Trường Thi', 'xã Nam Vân'],
  'my-loc': ['xã Mỹ Thịnh', 'xã Mỹ Hà', 'xã Mỹ Thành', 'xã Mỹ Thuận', 'xã Mỹ Tân', 'xã Mỹ Phúc', 'thị trấn Mỹ Lộc'],
  'vu-ban': ['xã Đại An', 'xã Liên Minh', 'xã Thành Lợi', 'xã Kim Thái', 'xã Cộng Hòa', 'xã Hiển Khánh', 'xã Tam Thanh', 'thị trấn Gôi'],
  'y-yen': ['xã Yên Đồng', 'xã Yên Tiến', 'xã Yên Ninh', 'xã Yên Thắng', 'xã Yên Phúc', 'xã Yên Khánh', 'xã Yên Bằng', 'thị trấn Lâm'],
  'nam-truc': ['xã Nam Thanh', 'xã Nam Cường', 'xã Điền Xá', 'xã Đồng Sơn', 'xã Nam Hoa', 'xã Nghĩa An', 'xã Hồng Quang', 'thị trấn Nam Giang'],
  'truc-ninh': ['xã Trực Đại', 'xã Trực Hùng', 'xã Trực Thái', 'xã Trực Đạo', 'xã Trực Chính', 'xã Trực Thanh', 'xã Trực Nội', 'thị trấn Cổ Lễ'],
  'xuan-truong': ['xã Xuân Đài', 'xã Xuân Hồng', 'xã Xuân Thủy', 'xã Xuân Ninh', 'xã Xuân Vinh', 'xã Xuân Trung', 'xã Xuân Phong', 'thị trấn Xuân Trường'],
  'giao-thuy': ['xã Giao Hòa', 'xã Giao Thiện', 'xã Giao Lạc', 'xã Giao Xuân', 'xã Giao Hải', 'xã Giao Long', 'xã Bạch Long', 'thị trấn Quất Lâm'],
  'hai-hau': ['xã Hải Đường', 'xã Hải Anh', 'xã Hải Minh', 'xã Hải Đông', 'xã Hải Lý', 'xã Hải Chính', 'xã Hải Triều', 'xã Hải Châu', 'thị trấn Yên Định'],
  'nghia-hung': ['xã Nghĩa Đồng', 'xã Nghĩa Thịnh', 'xã Nghĩa Lâm', 'xã Nghĩa Hải', 'xã Nghĩa Thành', 'xã Nam Điền', 'xã Phúc Thắng', 'thị trấn Rạng Đông'],
};
export const GENERIC_COMMUNES = ['xã Đông Phong', 'xã Tân Thịnh', 'xã An Hòa', 'xã Đại Đồng', 'phường Hòa Bình', 'xã Thanh Bình'];

export const HAMLETS = [
  'xóm Đông', 'xóm Đoài', 'xóm Trung', 'xóm 5', 'xóm 12', 'thôn An Lạc', 'thôn Trung Đồng', 'thôn Đại Đê',
  'thôn Phú Thọ', 'thôn Đồng Tâm', 'xóm Bắc Sơn', 'tổ dân phố số 7', 'tổ dân phố Đông Hải', 'thôn Quần Phương',
  'xóm Mới', 'thôn Lạc Đạo', 'thôn Đông Biên', 'xóm Chợ',
];

/** Text and unit names for one field of achievement. */
export interface FieldBank {
  /** Occupations for an individual, e.g. "Nông dân". */
  jobs: readonly string[];
  /** Collective names; {xa} is a commune, {xaShort} its bare name. */
  units: readonly string[];
  /** Province-level units for the `cap-tinh` locality. */
  provincial: readonly string[];
  /** Verb phrases for titles: "{Ref}" + feat. */
  feats: readonly string[];
  /** Nouns the body talks about. */
  topics: readonly string[];
  /** What they did, as clauses. */
  methods: readonly string[];
  /** Outcomes with numbers. */
  results: readonly string[];
  /** "Cách làm hay" items. */
  practices: readonly string[];
  /** `## ` subheadings. */
  headings: readonly string[];
}

export const FIELD_BANKS: Readonly<Record<string, FieldBank>> = {
  'nong-nghiep': {
    jobs: ['Nông dân', 'Chủ trang trại tổng hợp', 'Chủ hộ nuôi ngao', 'Hội viên Hội Nông dân', 'Chủ trang trại chăn nuôi lợn', 'Diêm dân', 'Chủ đầm nuôi tôm'],
    units: ['Hợp tác xã nông nghiệp {xaShort}', 'Tổ hợp tác nuôi ngao {xaShort}', 'Chi hội nông dân {thon}', 'Hợp tác xã dịch vụ nông nghiệp {xaShort}', 'Tổ liên kết trồng lúa hữu cơ {xaShort}'],
    provincial: ['Trung tâm Khuyến nông tỉnh', 'Chi cục Trồng trọt và Bảo vệ thực vật', 'Hội Nông dân tỉnh'],
    feats: ['đưa giống lúa thơm lên cánh đồng mẫu lớn', 'làm giàu từ mô hình nuôi ngao sạch ở vùng bãi bồi', 'biến ruộng trũng thành trang trại tổng hợp cho thu nhập tiền tỷ', 'giữ nghề làm muối và đưa hạt muối sạch đi xa', 'dồn điền đổi thửa, cơ giới hóa từ gieo cấy đến thu hoạch', 'nuôi tôm thẻ chân trắng trong nhà lưới, không dùng kháng sinh', 'liên kết hàng chục hộ trồng rau an toàn cho bếp ăn trường học'],
    topics: ['giống lúa thơm', 'mô hình nuôi ngao', 'trang trại tổng hợp', 'cánh đồng mẫu lớn', 'ruộng muối', 'đầm tôm', 'vườn cây ăn quả', 'chuồng trại chăn nuôi'],
    methods: ['học kỹ thuật từ các lớp tập huấn của trạm khuyến nông', 'ghi chép nhật ký đồng ruộng theo từng thửa', 'dùng chế phẩm sinh học thay cho phân hóa học', 'liên kết với doanh nghiệp bao tiêu sản phẩm', 'lắp hệ thống tưới tiết kiệm nước', 'chia sẻ giống và kinh nghiệm cho bà con trong xóm', 'mạnh dạn vay vốn ngân hàng chính sách để mở rộng sản xuất'],
    results: ['năng suất lúa đạt {n:62-78} tạ mỗi héc-ta', 'thu nhập của gia đình đạt khoảng {n:400-900} triệu đồng mỗi năm', 'mỗi vụ thu hoạch {n:20-120} tấn ngao thương phẩm', 'tạo việc làm thường xuyên cho {n:6-40} lao động địa phương', 'giá bán cao hơn {n:10-35}% so với sản phẩm cùng loại', 'diện tích sản xuất mở rộng lên {n:5-60} héc-ta'],
    practices: ['Ghi nhật ký đồng ruộng cho từng thửa để biết chính xác chi phí và lãi của mỗi vụ.', 'Dùng chế phẩm sinh học ủ phân chuồng, giảm một nửa lượng phân hóa học.', 'Ký hợp đồng bao tiêu với doanh nghiệp trước khi xuống giống để không bị ép giá.', 'Tổ chức buổi thăm đồng cuối vụ để bà con trong xóm đến xem và hỏi kinh nghiệm.', 'Luân canh lúa với cây vụ đông để cải tạo đất và tăng thu nhập.', 'Chia nhỏ đầm nuôi để xử lý riêng từng ô khi có dịch bệnh.', 'Cho hộ nghèo mượn giống, thu hồi bằng sản phẩm sau thu hoạch.'],
    headings: ['Từ mảnh ruộng trũng', 'Học nghề từ người đi trước', 'Liên kết để bán được giá', 'Sản xuất sạch, bán đi xa', 'Giúp bà con cùng làm'],
  },
  'cong-nghiep': {
    jobs: ['Công nhân dệt may', 'Tổ trưởng tổ sản xuất', 'Kỹ sư cơ khí', 'Thợ hàn bậc cao', 'Quản đốc phân xưởng', 'Thợ đúc đồng'],
    units: ['Tổ dệt số {n:1-9}, Công ty cổ phần Dệt {xaShort}', 'Xưởng cơ khí {xaShort}', 'Phân xưởng may {xaShort}', 'Làng nghề đúc đồng {xaShort}', 'Tổ sản xuất số {n:1-12}, Nhà máy sợi {xaShort}'],
    provincial: ['Tổng công ty Dệt may Nam Định', 'Công ty Cổ phần Cơ khí tỉnh', 'Công đoàn các Khu công nghiệp tỉnh'],
    feats: ['cải tiến dây chuyền, tiết kiệm hàng trăm triệu đồng mỗi năm', 'mười năm liền vượt định mức, không có sản phẩm lỗi', 'truyền nghề đúc đồng cho lớp thợ trẻ', 'đưa máy móc mới vào xưởng mà không ai mất việc', 'giữ an toàn lao động tuyệt đối suốt nhiều năm'],
    topics: ['dây chuyền dệt', 'máy hàn', 'khuôn đúc', 'xưởng may', 'quy trình sản xuất', 'định mức lao động'],
    methods: ['tự thiết kế đồ gá giúp rút ngắn thời gian thao tác', 'chia ca hợp lý để máy không phải dừng', 'kèm cặp công nhân mới trong ba tháng đầu', 'đề xuất thay vật tư nhập khẩu bằng vật tư trong nước', 'áp dụng phương pháp 5S tại nơi làm việc'],
    results: ['năng suất tăng {n:12-35}% so với trước', 'tiết kiệm khoảng {n:150-900} triệu đồng mỗi năm', 'tỷ lệ sản phẩm lỗi giảm xuống dưới {n:1-3}%', 'thu nhập bình quân của công nhân đạt {n:8-14} triệu đồng mỗi tháng', '{n:3-15} sáng kiến được công nhận cấp cơ sở'],
    practices: ['Mỗi sáng họp tổ mười phút, nói rõ việc trong ngày và nhắc lại một điều an toàn lao động.', 'Ghi lại mọi sự cố máy vào sổ để cả tổ cùng rút kinh nghiệm.', 'Ghép một thợ lành nghề với một thợ mới trong ba tháng đầu.', 'Treo bảng năng suất từng ca ngay tại xưởng, công khai cho mọi người cùng xem.', 'Thưởng nóng cho sáng kiến nhỏ ngay trong tháng được áp dụng.'],
    headings: ['Những cải tiến từ xưởng', 'Người thợ giữ nghề', 'An toàn là trên hết', 'Truyền nghề cho lớp trẻ'],
  },
  'kinh-doanh': {
    jobs: ['Giám đốc doanh nghiệp', 'Chủ hộ kinh doanh', 'Giám đốc hợp tác xã', 'Chủ xưởng đồ gỗ mỹ nghệ', 'Chủ cơ sở chế biến nước mắm'],
    units: ['Hợp tác xã cây cảnh {xaShort}', 'Công ty TNHH Thương mại {xaShort}', 'Hợp tác xã chế biến nông sản {xaShort}', 'Cơ sở nước mắm truyền thống {xaShort}', 'Hợp tác xã dịch vụ thương mại {xaShort}'],
    provincial: ['Hiệp hội Doanh nghiệp tỉnh', 'Liên minh Hợp tác xã tỉnh', 'Công ty Cổ phần Xuất nhập khẩu tỉnh'],
    feats: ['đưa sản phẩm làng nghề lên sàn thương mại điện tử', 'xây dựng thương hiệu nước mắm truyền thống đạt chuẩn OCOP', 'tạo việc làm cho hàng trăm lao động nông thôn', 'vượt khó sau dịch bệnh, giữ việc cho toàn bộ công nhân', 'kinh doanh có trách nhiệm, đóng góp hàng tỷ đồng cho an sinh'],
    topics: ['sản phẩm OCOP', 'đồ gỗ mỹ nghệ', 'nước mắm truyền thống', 'cây cảnh', 'hàng thủ công', 'thương hiệu'],
    methods: ['đăng ký nhãn hiệu và mã truy xuất nguồn gốc cho từng lô hàng', 'mở gian hàng trên các sàn thương mại điện tử', 'tham gia hội chợ trong và ngoài tỉnh', 'đóng bảo hiểm xã hội đầy đủ cho người lao động', 'chia sẻ đơn hàng cho các cơ sở nhỏ trong làng'],
    results: ['doanh thu năm đạt khoảng {n:3-60} tỷ đồng', 'nộp ngân sách hơn {n:1-9} tỷ đồng mỗi năm', 'tạo việc làm cho {n:15-250} lao động', 'sản phẩm có mặt ở {n:5-40} tỉnh, thành phố', 'đóng góp {n:100-900} triệu đồng cho quỹ vì người nghèo'],
    practices: ['Công khai nguồn gốc nguyên liệu bằng mã QR trên từng sản phẩm.', 'Chia sẻ đơn hàng vượt công suất cho các cơ sở nhỏ trong làng nghề.', 'Trả lương đúng hạn và đóng đủ bảo hiểm cho người lao động, kể cả khi khó khăn.', 'Nhận dạy nghề miễn phí cho thanh niên có hoàn cảnh khó khăn.', 'Dành một phần lợi nhuận hằng năm cho quỹ khuyến học của xã.'],
    headings: ['Khởi nghiệp từ làng nghề', 'Giữ chữ tín với khách hàng', 'Đưa sản phẩm đi xa', 'Làm ăn có trách nhiệm'],
  },
  'giao-duc': {
    jobs: ['Giáo viên Trường Tiểu học {xaShort}', 'Hiệu trưởng Trường THCS {xaShort}', 'Giáo viên Trường Mầm non {xaShort}', 'Giáo viên dạy Toán', 'Chủ tịch Hội Khuyến học xã'],
    units: ['Trường THCS {xaShort}', 'Trường Tiểu học {xaShort}', 'Trường Mầm non {xaShort}', 'Hội Khuyến học {xa}', 'Tổ Toán – Tin, Trường THPT {xaShort}'],
    provincial: ['Trường THPT chuyên Lê Hồng Phong', 'Sở Giáo dục và Đào tạo', 'Trường Cao đẳng Sư phạm tỉnh'],
    feats: ['đổi mới cách dạy để học trò vùng biển yêu môn Toán', 'hai mươi năm gieo chữ, không để học sinh nào bỏ học', 'biến thư viện trường thành nơi học sinh thích đến nhất', 'đưa chuyển đổi số vào từng tiết học', 'vận động cả làng cùng góp quỹ khuyến học'],
    topics: ['tiết học', 'thư viện thân thiện', 'câu lạc bộ Toán', 'quỹ khuyến học', 'lớp học hai buổi', 'học sinh giỏi'],
    methods: ['thiết kế bài giảng theo nhóm nhỏ', 'đến tận nhà gặp phụ huynh của học sinh có nguy cơ bỏ học', 'mở lớp phụ đạo miễn phí vào buổi tối', 'dùng phần mềm trình chiếu và học liệu số', 'lập nhóm giáo viên dự giờ, góp ý cho nhau hằng tuần'],
    results: ['tỷ lệ học sinh khá, giỏi đạt {n:60-92}%', '{n:5-40} học sinh đạt giải học sinh giỏi cấp huyện, cấp tỉnh', 'không có học sinh bỏ học trong {n:3-12} năm liền', 'quỹ khuyến học đạt hơn {n:100-800} triệu đồng', '{n:2-9} sáng kiến kinh nghiệm được công nhận cấp tỉnh'],
    practices: ['Mỗi tuần dự giờ chéo một tiết và góp ý bằng phiếu ba điều tốt, một điều cần sửa.', 'Gọi điện cho phụ huynh ngay trong ngày khi học sinh nghỉ học không lý do.', 'Cho học sinh mượn sách về nhà dịp hè, ghi sổ bằng chữ ký của các em.', 'Mở lớp phụ đạo buổi tối miễn phí cho học sinh yếu ở xóm xa.', 'Lập quỹ khuyến học dòng họ, khen thưởng công khai vào dịp đầu năm học.'],
    headings: ['Người thầy ở vùng quê', 'Đổi mới từng tiết học', 'Không để ai bỏ học', 'Cả làng cùng khuyến học'],
  },
  'y-te': {
    jobs: ['Bác sĩ Trạm Y tế {xa}', 'Điều dưỡng trưởng khoa', 'Y sĩ thôn bản', 'Bác sĩ khoa Hồi sức cấp cứu', 'Nữ hộ sinh'],
    units: ['Trạm Y tế {xa}', 'Khoa Nhi, Trung tâm Y tế {huyen}', 'Khoa Hồi sức cấp cứu, Bệnh viện đa khoa {huyen}', 'Nhóm cộng tác viên dân số {xaShort}'],
    provincial: ['Bệnh viện Đa khoa tỉnh', 'Bệnh viện Phụ sản tỉnh', 'Trung tâm Kiểm soát bệnh tật tỉnh'],
    feats: ['tận tụy với người bệnh ở trạm y tế vùng biển', 'đưa khám chữa bệnh từ xa về tuyến xã', 'hơn hai mươi năm trực đêm không một lần chậm', 'quản lý sức khỏe người cao tuổi bằng hồ sơ điện tử', 'cứu sống nhiều ca bệnh nặng ngay tại tuyến huyện'],
    topics: ['hồ sơ sức khỏe điện tử', 'phòng khám', 'tiêm chủng mở rộng', 'người bệnh mạn tính', 'ca trực đêm', 'sơ cứu ban đầu'],
    methods: ['lập hồ sơ sức khỏe điện tử cho từng người dân', 'đến tận nhà khám cho người cao tuổi không tự đi được', 'hội chẩn trực tuyến với bác sĩ tuyến tỉnh', 'tập huấn sơ cứu cho cộng tác viên ở từng thôn', 'công khai giá dịch vụ và thời gian chờ khám'],
    results: ['{n:85-99}% người dân có hồ sơ sức khỏe điện tử', 'tỷ lệ tiêm chủng đầy đủ đạt {n:95-99}%', 'mỗi năm khám cho hơn {n:3-20} nghìn lượt người', 'không để xảy ra sai sót chuyên môn trong {n:5-15} năm', 'rút ngắn thời gian chờ khám xuống còn {n:15-40} phút'],
    practices: ['Nhắn tin nhắc lịch tiêm và lịch tái khám cho từng gia đình.', 'Khám tại nhà mỗi quý một lần cho người cao tuổi sống một mình.', 'Họp giao ban chuyên môn bằng hội chẩn trực tuyến với tuyến trên.', 'Treo bảng công khai giá dịch vụ và số điện thoại đường dây nóng ở phòng chờ.', 'Tập huấn sơ cứu đuối nước cho học sinh trước mỗi mùa hè.'],
    headings: ['Thầy thuốc ở tuyến cơ sở', 'Gần dân, hiểu dân', 'Ứng dụng công nghệ trong khám chữa bệnh', 'Những ca trực không ngủ'],
  },
  'van-hoa': {
    jobs: ['Nghệ nhân hát văn', 'Nghệ nhân chèo', 'Chủ nhiệm câu lạc bộ văn nghệ', 'Cán bộ văn hóa xã', 'Huấn luyện viên võ thuật', 'Nghệ nhân múa rối nước'],
    units: ['Câu lạc bộ hát văn {xaShort}', 'Thôn {xaShort}', 'Phường rối nước {xaShort}', 'Câu lạc bộ chèo {xaShort}', 'Đội văn nghệ {thon}'],
    provincial: ['Nhà hát Nghệ thuật truyền thống tỉnh', 'Trung tâm Văn hóa tỉnh', 'Bảo tàng tỉnh'],
    feats: ['giữ lửa hát văn, truyền nghề cho lớp trẻ', 'xây dựng đời sống văn hóa từ bản hương ước do dân cùng viết', 'đưa múa rối nước trở lại sân đình làng', 'mở lớp dạy chèo miễn phí cho thiếu nhi', 'biến nhà văn hóa thôn thành điểm sinh hoạt cộng đồng sôi nổi'],
    topics: ['hát văn', 'chèo', 'múa rối nước', 'hương ước', 'nhà văn hóa', 'lễ hội truyền thống', 'đường hoa'],
    methods: ['sưu tầm và ghi chép lại các làn điệu cổ', 'mở lớp truyền dạy vào tối thứ Bảy hằng tuần', 'vận động người dân hiến đất làm đường, trồng hoa', 'tổ chức việc cưới, việc tang gọn nhẹ, văn minh', 'biểu diễn phục vụ khách du lịch vào dịp lễ hội'],
    results: ['{n:20-120} học viên đã theo học', 'tỷ lệ gia đình văn hóa đạt trên {n:90-98}%', 'câu lạc bộ có {n:15-60} thành viên thường xuyên sinh hoạt', 'dân làng làm được {n:2-9} km đường hoa', 'biểu diễn hơn {n:30-150} buổi mỗi năm'],
    practices: ['Đưa dự thảo hương ước ra từng xóm góp ý hai lần trước khi thông qua.', 'Mở lớp truyền dạy vào tối thứ Bảy để học sinh và người đi làm cùng theo được.', 'Giao mỗi tuyến đường hoa cho một chi hội đoàn thể nhận chăm sóc.', 'Ghi hình các buổi biểu diễn để lưu giữ làn điệu và làm tư liệu dạy học.', 'Công khai thu chi các khoản đóng góp trên bảng tin nhà văn hóa.'],
    headings: ['Giữ hồn di sản', 'Truyền nghề cho lớp trẻ', 'Dân bàn, dân làm', 'Nếp sống văn minh'],
  },
  'khoa-hoc-cong-nghe': {
    jobs: ['Kỹ sư công nghệ thông tin', 'Cán bộ phụ trách chuyển đổi số', 'Kỹ sư điện', 'Nhà sáng chế không chuyên', 'Giảng viên kỹ thuật'],
    units: ['Tổ công nghệ số cộng đồng {xaShort}', 'Ủy ban nhân dân {xa}', 'Nhóm nghiên cứu Trường Cao đẳng Kỹ thuật', 'Câu lạc bộ sáng tạo trẻ {xaShort}'],
    provincial: ['Sở Khoa học và Công nghệ', 'Trung tâm Chuyển đổi số tỉnh', 'Sở Thông tin và Truyền thông'],
    feats: ['chế tạo máy gieo hạt giá rẻ cho bà con nông dân', 'đưa dịch vụ công trực tuyến đến từng thôn', 'số hóa hồ sơ hộ tịch của cả xã', 'sáng chế thiết bị báo cháy cho nhà ở kết hợp kinh doanh', 'lập tổ công nghệ số ở mọi thôn xóm'],
    topics: ['dịch vụ công trực tuyến', 'định danh điện tử', 'máy gieo hạt', 'phần mềm quản lý', 'sáng kiến kỹ thuật', 'chữ ký số'],
    methods: ['ngồi cùng người dân nộp hồ sơ trực tuyến ngay tại quầy', 'tận dụng vật liệu sẵn có để hạ giá thành thiết bị', 'tập huấn cho đoàn viên thanh niên làm hướng dẫn viên số', 'số hóa toàn bộ sổ sách lưu trữ', 'chia sẻ thiết kế miễn phí cho các xưởng cơ khí'],
    results: ['tỷ lệ hồ sơ trực tuyến tăng lên {n:60-95}%', '{n:70-95}% người trưởng thành đã kích hoạt định danh điện tử', 'giá thành thiết bị chỉ bằng {n:20-50}% hàng nhập khẩu', '{n:2-6} giải pháp đạt giải Hội thi sáng tạo kỹ thuật tỉnh', 'tiết kiệm cho người dân hàng nghìn ngày công đi lại'],
    practices: ['Cán bộ một cửa ngồi cùng người dân nộp hồ sơ trực tuyến ngay lần đầu.', 'Mỗi thôn có một tổ công nghệ số trực tối thứ Năm tại nhà văn hóa.', 'Ký số toàn bộ văn bản đi, họp giao ban trên phần mềm họp trực tuyến.', 'Công bố bản vẽ thiết bị để các xưởng cơ khí địa phương làm theo.', 'Đến tận nhà hướng dẫn người cao tuổi sống một mình cài ứng dụng.'],
    headings: ['Chuyển đổi số từ cơ sở', 'Sáng kiến từ thực tế', 'Công nghệ phục vụ người dân', 'Từ ý tưởng đến sản phẩm'],
  },
  'quoc-phong': {
    jobs: ['Chỉ huy trưởng Ban CHQS xã', 'Trung đội trưởng dân quân cơ động', 'Sĩ quan Bộ CHQS tỉnh', 'Chính trị viên Ban CHQS', 'Thuyền trưởng tàu dân quân biển'],
    units: ['Ban CHQS {xa}', 'Trung đội dân quân cơ động {xaShort}', 'Tiểu đội dân quân biển {xaShort}', 'Đại đội huấn luyện, Bộ CHQS tỉnh'],
    provincial: ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Trung đoàn bộ binh của tỉnh'],
    feats: ['huấn luyện giỏi, sẵn sàng ứng cứu khi bão lũ', 'xây dựng lực lượng dân quân vững mạnh, rộng khắp', 'giữ vững vùng biển, hỗ trợ ngư dân bám biển', 'hoàn thành xuất sắc nhiệm vụ giao quân nhiều năm liền', 'tham gia cứu hộ, cứu nạn trong mùa mưa bão'],
    topics: ['huấn luyện dân quân', 'công tác tuyển quân', 'phòng chống thiên tai', 'diễn tập chiến đấu', 'tuần tra bờ biển'],
    methods: ['duy trì nghiêm chế độ trực sẵn sàng chiến đấu', 'huấn luyện sát thực tế địa bàn ven biển', 'phối hợp với công an xã tuần tra vào dịp lễ, tết', 'gặp gỡ từng gia đình có con trong diện gọi nhập ngũ', 'chuẩn bị sẵn phương tiện cứu hộ trước mùa mưa bão'],
    results: ['kết quả huấn luyện đạt loại giỏi {n:3-9} năm liền', 'hoàn thành {n:100-100}% chỉ tiêu giao quân', 'sơ tán an toàn {n:100-900} hộ dân trong các đợt bão', 'đơn vị không có vụ việc vi phạm kỷ luật trong {n:5-12} năm', 'đạt giải nhất hội thao dân quân tự vệ cấp huyện'],
    practices: ['Lập danh sách người già, trẻ nhỏ ở vùng trũng để sơ tán trước khi bão đổ bộ.', 'Huấn luyện theo tình huống sát với địa bàn ven biển và đê điều của xã.', 'Gặp từng gia đình thanh niên nhập ngũ trước và sau khi giao quân.', 'Kiểm tra phương tiện cứu hộ định kỳ mỗi tháng trong mùa mưa bão.'],
    headings: ['Sẵn sàng trong mọi tình huống', 'Huấn luyện sát thực tế', 'Chỗ dựa của nhân dân'],
  },
  'an-ninh': {
    jobs: ['Trưởng Công an xã', 'Cán bộ Công an tỉnh', 'Tổ trưởng tổ an ninh trật tự cơ sở', 'Cảnh sát phòng cháy chữa cháy', 'Trinh sát hình sự'],
    units: ['Công an {xa}', 'Tổ bảo vệ an ninh trật tự {thon}', 'Tổ tự quản an ninh {thon}', 'Đội Cảnh sát phòng cháy chữa cháy {huyen}'],
    provincial: ['Phòng Cảnh sát hình sự, Công an tỉnh', 'Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn, cứu hộ', 'Phòng Cảnh sát giao thông, Công an tỉnh'],
    feats: ['giữ bình yên cho thôn xóm bằng camera an ninh do dân góp', 'phá nhiều chuyên án, trả lại bình yên cho người dân', 'vận động người dân giao nộp vũ khí, vật liệu nổ', 'xây dựng tổ dân phố không có tội phạm và tệ nạn xã hội', 'dũng cảm cứu người trong đám cháy'],
    topics: ['camera an ninh', 'chuyên án', 'phòng cháy chữa cháy', 'tổ tự quản', 'an toàn giao thông', 'tội phạm lừa đảo qua mạng'],
    methods: ['vận động người dân góp tiền lắp camera ở các ngõ xóm', 'lập nhóm liên lạc để người dân báo tin nhanh', 'đến từng nhà tuyên truyền cách nhận biết lừa đảo qua mạng', 'tuần tra đêm vào các dịp lễ, tết', 'tập huấn phòng cháy cho các hộ kinh doanh'],
    results: ['tội phạm trên địa bàn giảm {n:20-60}% so với trước', 'lắp đặt {n:20-150} mắt camera an ninh', '{n:3-9} năm liền không có vụ cháy gây thiệt hại về người', 'thu hồi {n:5-40} khẩu súng tự chế và vật liệu nổ', 'giúp người dân tránh thiệt hại hàng tỷ đồng do lừa đảo'],
    practices: ['Mỗi ngõ xóm có một người phụ trách camera, xem lại dữ liệu khi có sự việc.', 'Lập nhóm nhắn tin của tổ dân phố để người dân báo tin bất thường ngay lập tức.', 'Tuần tra đêm theo lịch luân phiên giữa các hộ gia đình.', 'Phát tờ rơi cách nhận biết lừa đảo qua mạng tại các buổi họp tổ.', 'Kiểm tra bình chữa cháy của các hộ kinh doanh mỗi quý.'],
    headings: ['Bình yên cho thôn xóm', 'Dựa vào dân để giữ an ninh', 'Những chuyên án khó', 'Phòng hơn chống'],
  },
  'an-sinh': {
    jobs: ['Chủ tịch Hội Chữ thập đỏ xã', 'Tình nguyện viên', 'Chủ nhiệm câu lạc bộ thiện nguyện', 'Chi hội trưởng phụ nữ', 'Cựu chiến binh'],
    units: ['Câu lạc bộ bếp cơm {xaShort}', 'Hội Chữ thập đỏ {xa}', 'Chi hội phụ nữ {thon}', 'Nhóm thiện nguyện {xaShort}', 'Hội Cựu chiến binh {xa}'],
    provincial: ['Hội Chữ thập đỏ tỉnh', 'Quỹ Bảo trợ trẻ em tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
    feats: ['nấu cơm miễn phí cho người nhà bệnh nhân suốt nhiều năm', 'vận động xây nhà tình nghĩa cho hộ nghèo', 'giúp hàng trăm hộ thoát nghèo bằng vốn xoay vòng', 'nhận đỡ đầu trẻ mồ côi trong xã', 'chăm lo người có công với cách mạng'],
    topics: ['bếp cơm từ thiện', 'nhà tình nghĩa', 'vốn xoay vòng', 'trẻ mồ côi', 'người có công', 'hộ nghèo'],
    methods: ['vận động các nhà hảo tâm đóng góp gạo, thực phẩm hằng tuần', 'lập sổ theo dõi từng hộ nghèo để giúp đúng việc', 'cho vay vốn không lấy lãi, thu hồi sau mỗi vụ', 'phân công hội viên đến thăm người già neo đơn', 'công khai danh sách ủng hộ và các khoản chi'],
    results: ['mỗi ngày phục vụ {n:100-400} suất cơm', 'xây và sửa {n:5-40} ngôi nhà cho hộ khó khăn', '{n:20-150} hộ đã thoát nghèo', 'quỹ vốn xoay vòng đạt {n:100-900} triệu đồng', 'nhận đỡ đầu {n:3-25} trẻ em có hoàn cảnh đặc biệt'],
    practices: ['Công khai danh sách người ủng hộ và các khoản chi trên bảng tin mỗi tháng.', 'Cho vay vốn xoay vòng không lấy lãi, hộ trả xong thì chuyển cho hộ khác.', 'Phân công mỗi hội viên theo dõi một người già neo đơn trong xóm.', 'Hỏi từng hộ nghèo cần gì trước khi giúp, không giúp theo một mẫu chung.', 'Nấu cơm theo ca luân phiên giữa các nhóm tình nguyện để không ai quá tải.'],
    headings: ['Không để ai bị bỏ lại phía sau', 'Những bữa cơm nghĩa tình', 'Giúp nhau thoát nghèo', 'Lá lành đùm lá rách'],
  },
  'cong-tac': {
    jobs: ['Công chức tư pháp – hộ tịch xã', 'Chủ tịch Ủy ban nhân dân xã', 'Cán bộ Bộ phận một cửa', 'Chuyên viên Văn phòng', 'Bí thư Đảng ủy xã'],
    units: ['Bộ phận tiếp nhận và trả kết quả {xa}', 'Văn phòng Ủy ban nhân dân {huyen}', 'Ủy ban nhân dân {xa}', 'Phòng Tài nguyên và Môi trường {huyen}'],
    provincial: ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Trung tâm Phục vụ hành chính công tỉnh'],
    feats: ['giải quyết hồ sơ đúng hẹn, không để người dân đi lại nhiều lần', 'cải cách thủ tục hành chính, lấy sự hài lòng của dân làm thước đo', 'mười năm không có hồ sơ trễ hẹn', 'đối thoại trực tiếp, giải quyết dứt điểm đơn thư', 'gần dân, sát dân, làm việc đến tận tối'],
    topics: ['thủ tục hành chính', 'hồ sơ đất đai', 'bộ phận một cửa', 'đơn thư', 'sự hài lòng của người dân'],
    methods: ['niêm yết công khai quy trình và thời hạn giải quyết từng loại hồ sơ', 'gọi điện báo người dân khi hồ sơ có kết quả', 'làm việc cả thứ Bảy để giải quyết hồ sơ tồn', 'đối thoại trực tiếp với người dân tại nhà văn hóa thôn', 'hướng dẫn một lần, đầy đủ, bằng văn bản'],
    results: ['{n:97-100}% hồ sơ được giải quyết đúng và trước hạn', 'chỉ số hài lòng của người dân đạt {n:90-99}%', 'giải quyết dứt điểm {n:10-80} vụ việc tồn đọng', 'không có hồ sơ trễ hẹn trong {n:3-10} năm', 'thời gian giải quyết rút ngắn {n:20-50}%'],
    practices: ['Hướng dẫn một lần bằng phiếu ghi đầy đủ giấy tờ cần bổ sung.', 'Gọi điện hoặc nhắn tin báo người dân ngay khi hồ sơ có kết quả.', 'Niêm yết thời hạn giải quyết từng loại hồ sơ ngay tại quầy.', 'Đối thoại với người dân mỗi quý một lần tại nhà văn hóa thôn.', 'Tự rà soát hồ sơ sắp đến hạn vào chiều thứ Sáu hằng tuần.'],
    headings: ['Lấy dân làm gốc', 'Cải cách từ những việc nhỏ', 'Đúng hẹn, đúng luật', 'Người cán bộ của dân'],
  },
};

/** Fallback for a field id this file does not know (vocabularies are data, not code). */
export const GENERIC_BANK: FieldBank = {
  jobs: ['Cán bộ', 'Người lao động', 'Hội viên'],
  units: ['Tập thể {xa}', 'Tổ công tác {thon}'],
  provincial: ['Cơ quan cấp tỉnh'],
  feats: ['hoàn thành xuất sắc nhiệm vụ nhiều năm liền', 'nêu gương sáng trong phong trào thi đua'],
  topics: ['công việc', 'phong trào thi đua'],
  methods: ['làm việc tận tụy, gương mẫu', 'chia sẻ kinh nghiệm với đồng nghiệp'],
  results: ['hoàn thành vượt {n:5-30}% chỉ tiêu', 'được {n:2-9} lần khen thưởng'],
  practices: ['Lên kế hoạch từng tuần và rà soát kết quả vào cuối tuần.', 'Chia sẻ kinh nghiệm với đồng nghiệp trong buổi họp định kỳ.'],
  headings: ['Những việc làm cụ thể', 'Kết quả đáng ghi nhận'],
};

/** Fields a household is usually honoured in. */
export const HOUSEHOLD_FIELDS = ['nong-nghiep', 'kinh-doanh', 'van-hoa', 'an-sinh', 'giao-duc'];

/** Generic body sentences; every story draws from these and from its field bank. */
/** Openings that only fit a person or a household. */
export const PERSON_OPENINGS = [
  '{Ref} sinh ra và lớn lên ở {thon}, {xa}, một vùng quê thuần nông của {huyen}.',
  'Gặp {ref} vào một buổi sáng sớm, khi công việc trong ngày đã bắt đầu từ lâu.',
];
export const OPENINGS = [
  'Nhắc đến {topic} ở {xa}, người dân nghĩ ngay đến {ref}.',
  'Những năm trước, {topic} ở {xa} còn gặp rất nhiều khó khăn.',
  'Từ năm {start}, {ref} bắt đầu gắn bó với {topic}.',
  'Ít ai nghĩ rằng từ {topic} lại có thể tạo nên thay đổi lớn như vậy ở {xa}.',
  'Đến {thon} những ngày này, ai cũng dễ dàng nhận ra sự đổi thay.',
];
export const HARDSHIPS = [
  'Những ngày đầu, vốn liếng ít, kinh nghiệm chưa có, nhiều lần {ref} tưởng phải bỏ cuộc.',
  'Thời điểm ấy, không ít người lắc đầu vì cho rằng việc này khó thành công.',
  'Có năm thời tiết thất thường, công sức cả năm gần như mất trắng.',
  'Khó khăn lớn nhất lúc đó là thiếu người làm và thiếu cả niềm tin của bà con.',
  'Nhiều đêm {ref} trăn trở tìm cách tháo gỡ từng vướng mắc.',
];
export const TURNS = [
  'Không nản chí, {ref} {method}.',
  'Sau nhiều lần thử nghiệm, {ref} quyết định {method}.',
  'Bước ngoặt đến khi {ref} {method}.',
  'Cùng với đó, {ref} còn {method}.',
  'Để làm được điều này, {ref} {method}.',
  'Một cách làm đáng chú ý là {method}.',
];
export const OUTCOMES = [
  'Nhờ vậy, {result}.',
  'Đến nay, {result}.',
  'Kết quả là {result}, một con số mà trước đây ít ai dám nghĩ tới.',
  'Năm {year}, {result}.',
  'Chỉ sau vài năm, {result}.',
  'Theo báo cáo của {xa}, {result}.',
];
export const COMMUNITY = [
  'Không chỉ lo cho riêng mình, {ref} còn sẵn lòng chia sẻ kinh nghiệm với bà con trong {thon}.',
  'Mỗi năm, {ref} dành một phần thu nhập ủng hộ quỹ khuyến học và quỹ vì người nghèo của xã.',
  'Nhiều hộ trong xóm đã học theo cách làm này và có thu nhập ổn định.',
  '{Ref} thường nói rằng một mình làm tốt chưa đủ, phải giúp nhau cùng làm thì mới bền.',
  'Những lúc bà con gặp khó khăn, {ref} luôn là người có mặt đầu tiên.',
  'Phong trào thi đua ở {xa} nhờ đó cũng sôi nổi hơn.',
];
export const QUOTES = [
  '{Ref} chia sẻ: “Làm gì cũng phải có tâm, có kế hoạch và kiên trì thì mới thành công.”',
  '“Thấy bà con khá lên là tôi vui rồi”, {ref} cười nói.',
  '“Cái khó nhất là thay đổi thói quen, còn kỹ thuật thì ai cũng học được”, {ref} cho biết.',
  'Trao đổi với chúng tôi, {ref} nói: “Phần thưởng này là của chung cả tập thể, của bà con lối xóm.”',
  '“Mình làm tốt thì người khác mới tin và làm theo”, {ref} tâm sự.',
];
export const PRAISE = [
  'Chủ tịch Ủy ban nhân dân {xa} đánh giá đây là một điển hình tiêu biểu của địa phương.',
  'Với những đóng góp đó, {ref} được nhiều cấp, ngành ghi nhận và khen thưởng.',
  'Cách làm của {ref} đã được {xa} nhân rộng ra nhiều thôn, xóm.',
  'Nhiều đoàn từ các địa phương trong tỉnh đã đến tham quan, học tập kinh nghiệm.',
  'Hội đồng thi đua, khen thưởng {huyen} đánh giá cao tinh thần trách nhiệm và sự sáng tạo của {ref}.',
];
export const CLOSINGS = [
  'Thời gian tới, {ref} dự định tiếp tục mở rộng quy mô và giúp thêm nhiều người cùng làm.',
  'Câu chuyện của {ref} cho thấy khi có quyết tâm và cách làm phù hợp, khó khăn nào cũng có thể vượt qua.',
  'Với {ref}, mỗi danh hiệu là động lực để tiếp tục cố gắng.',
  'Tấm gương của {ref} đang lan tỏa mạnh mẽ trong phong trào thi đua yêu nước của tỉnh.',
];

export const SUMMARY_LEADS = [
  'Bằng sự cần cù và sáng tạo, {ref} đã {feat}.',
  'Từ {topic}, {ref} {feat}.',
  'Sau nhiều năm kiên trì, {ref} {feat}.',
  '{Ref} {feat}, trở thành tấm gương cho nhiều người ở {huyen} học tập.',
];
export const SUMMARY_TAILS = [
  'Nhờ {method}, {result}.',
  'Hiện nay {result}.',
  '{Ref} còn {method}.',
  'Đến nay {result}, và cách làm đang được nhân rộng.',
];

export const COVER_ALTS = [
  'Tranh minh họa: những mảng màu và hình khối đơn giản gợi cánh đồng và bầu trời quê',
  'Ảnh minh họa: nền màu phẳng với các hình tròn và đường kẻ, không có người',
  'Minh họa trừu tượng gồm các dải màu ngang và một vầng tròn lớn',
  'Hình minh họa: các khối vuông xếp chồng trên nền màu nhạt',
];
export const COVER_CREDITS = ['Ảnh: Đài PT-TH tỉnh', 'Ảnh: Báo Nam Định', 'Minh họa: tạo tự động cho thử nghiệm hiệu năng', 'Ảnh: Cổng thông tin điện tử tỉnh', 'Ảnh: Đoàn Văn Định'];

/**
 * Awards that only fit some fields (a teacher is not a "Thầy thuốc ưu tú").
 * Hints only: which awards exist, and for which kinds, is read from awards.yaml;
 * an id missing there is ignored, an award missing here fits every field.
 */
export const AWARD_FIELD_HINTS: Readonly<Record<string, readonly string[]>> = {
  'nha-giao-uu-tu': ['giao-duc'],
  'thay-thuoc-uu-tu': ['y-te'],
  'nghe-nhan-uu-tu': ['van-hoa', 'cong-nghiep', 'kinh-doanh'],
  'don-vi-quyet-thang': ['quoc-phong', 'an-ninh'],
  'chien-si-tien-tien': ['quoc-phong', 'an-ninh'],
  'chien-si-thi-dua-co-so': ['quoc-phong', 'an-ninh', 'giao-duc', 'y-te', 'cong-tac', 'khoa-hoc-cong-nghe', 'cong-nghiep'],
  'lao-dong-tien-tien': ['cong-nghiep', 'giao-duc', 'y-te', 'cong-tac', 'khoa-hoc-cong-nghe', 'kinh-doanh', 'nong-nghiep'],
  'thon-to-dan-pho-van-hoa': ['van-hoa', 'an-ninh'],
  'xa-phuong-thi-tran-tieu-bieu': ['cong-tac', 'khoa-hoc-cong-nghe', 'van-hoa'],
  'gia-dinh-van-hoa': ['van-hoa', 'an-sinh', 'nong-nghiep', 'kinh-doanh', 'giao-duc', 'an-ninh'],
};
