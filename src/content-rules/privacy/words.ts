/**
 * House-number addresses and birth dates of minors in normalised text. Every pattern
 * starts with a fixed word and has bounded repeats, so each try reads a bounded number
 * of characters: linear in the line length. The patterns read the lowercased text
 * (`lower`, same offsets), without the slower case-insensitive flag, and word boundaries
 * are checked in code: a pattern that starts with a lookbehind is tried at every position.
 */
import { sentenceBefore, WORD_CHAR, type Finding } from './finding.ts';

const HOUSE = String.raw`\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)?`;
/** The same in lowercased text. */
const HOUSE_LOWER = String.raw`\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?`;

/** `số nhà 5`, `nhà số 12/3`. */
const HOUSE_NUMBER = new RegExp(String.raw`(?:số nhà|nhà số) ?${HOUSE_LOWER}(?![\d/])`, 'g');
/** `ngõ 12`, `ngõ12`, `ngách 3`, `hẻm 5`, `kiệt 7`. */
const ALLEY = /(?:ngõ|ngách|hẻm|kiệt) ?\d{1,5}(?!\d)/g;
/** `số 45 đường …`, `số 3, phố …`. */
const ON_STREET = new RegExp(String.raw`số ${HOUSE_LOWER},? (?:đường|phố|ngõ|ngách|hẻm|kiệt|khu phố)(?!\p{L})`, 'gu');
/** `số 12 Trần Hưng Đạo`, `số 12, Lê Lợi`: a number followed by a name of two to five capitalised words. */
const BEFORE_NAME = new RegExp(String.raw`[sS]ố ${HOUSE},? \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}(?!\p{L})`, 'gu');
/**
 * Words that number a group, a document or an event rather than a house, up to two words
 * before `số`: "Tổ dệt số 3 An Khang", "tổ dân phố số 7", "Quyết định số 12 …", "bão số 3".
 */
const NOT_A_HOUSE =
  /(?<!\p{L})(?:tổ|đội|xóm|thôn|làng|khu|lớp|trường|trạm|phòng|nhóm|hội|clb|câu lạc bộ|ca|lô|kho|xưởng|cụm|tuyến|quyết định|nghị định|thông tư|công văn|kế hoạch|nghị quyết|chỉ thị|luật|văn bản|báo cáo|tờ trình|thông báo|đề án|chương trình|giấy khen|bằng khen|bão|áp thấp|xe|tàu|trại|ấp|bản|htx|hợp tác xã|công ty|mẫu|phiếu|đoàn|đại đội|trung đội|tiểu đội|chi bộ|chi hội|đơn vị|giải|kỳ|khóa|đợt|phần|mục|điều|chương|tập|bài|câu|nhà máy|dây chuyền)(?: \p{L}+){0,2} ?$/u;

/** Words ending in "sinh" that are not about birth: học sinh, hy sinh, phát sinh, vệ sinh… */
const NOT_BIRTH =
  /(?<!\p{L})(?:học|hy|hi|phát|vệ|sản|nảy|ký|kí|giáng|tái|hồi|cộng|nhân|dân|an|mưu|thí|siêu|song|khai|bẩm|tân|nội|ngoại|trường|đản|hậu) $/u;
const DATE_BEFORE_YEAR = String.raw`(?:(?:ngày |vào )?\d{1,2}(?:[/.-]| tháng )\d{1,2}(?:[/.-]| năm )|tháng \d{1,2}(?:[/.-]| năm )|(?:vào )?năm )?`;
/** `sinh năm 2015`, `sinh ngày 3/5/2015`, `sinh ngày 3 tháng 5 năm 2015`, `năm sinh: 2015`, `SN 2015`. */
const BIRTH = new RegExp(
  String.raw`(?:(?:ngày|năm|tháng) sinh:? ?|sinh (?:ra |vào )?|sn:? ?)${DATE_BEFORE_YEAR}((?:19|20)\d\d)(?!\d)`,
  'g',
);
/** A year in brackets, `(2015)`, `(sinh 2012)`, `(SN 2012)`: a birth year when a child is named before it. */
const YEAR_IN_BRACKETS = /\((?:(?:năm )?sinh:? (?:năm )?|sn:? ?)?((?:19|20)\d\d)\)/g;
const CHILD = /(?<![\p{L}\p{N}])(?:cháu|em|bé|con|học sinh|trẻ) /u;
/** How far before the bracket the child may be named: "Cháu Nguyễn Thị Minh Anh, lớp 3A (2015)". */
const CHILD_REACH = 48;

/** Age below which a birth date may not be published. */
export const ADULT_AGE = 18;

const startsWord = (text: string, at: number) => at === 0 || !WORD_CHAR.test(text[at - 1]!);

/** Every match of `pattern` that starts a word and passes `keep`. */
function each(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean, found: Finding[], kind: Finding['kind']): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (startsWord(text, m.index) && keep(m)) found.push({ kind, start: m.index, end: m.index + m[0].length });
    else pattern.lastIndex = m.index + 1;
  }
}

/** House numbers and alleys in normalised text; `lower` is the text lowercased. */
export function findAddresses(text: string, lower: string): Finding[] {
  const found: Finding[] = [];
  const always = () => true;
  const aHouse = (m: RegExpExecArray) => !NOT_A_HOUSE.test(sentenceBefore(lower, m.index, 40));
  each(HOUSE_NUMBER, lower, always, found, 'address');
  each(ALLEY, lower, always, found, 'address');
  each(ON_STREET, lower, aHouse, found, 'address');
  each(BEFORE_NAME, text, aHouse, found, 'address');
  return found;
}

/** Birth years and dates of people under 18 in the year the story is published, in lowercased text. */
export function findMinorBirths(text: string, publishedYear: number | undefined): Finding[] {
  const found: Finding[] = [];
  if (publishedYear === undefined) return found;
  const minor = (year: string | undefined) => Number(year) <= publishedYear && publishedYear - Number(year) < ADULT_AGE;
  each(BIRTH, text, (m) => minor(m[1]) && !NOT_BIRTH.test(sentenceBefore(text, m.index, 12)), found, 'minorBirth');
  YEAR_IN_BRACKETS.lastIndex = 0;
  for (let m = YEAR_IN_BRACKETS.exec(text); m; m = YEAR_IN_BRACKETS.exec(text)) {
    if (!minor(m[1])) continue;
    const from = Math.max(0, m.index - CHILD_REACH);
    const before = text.slice(from, m.index);
    const cut = Math.max(...['.', '!', '?', ';', '\n', '(', ')'].map((c) => before.lastIndexOf(c)));
    const child = CHILD.exec(before.slice(cut + 1));
    if (child) found.push({ kind: 'minorBirth', start: from + cut + 1 + child.index, end: m.index + m[0].length });
  }
  return found;
}
