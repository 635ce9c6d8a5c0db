/**
 * Phone numbers and citizen ID numbers in normalised text, told apart from the money,
 * areas, yields, dates and years Vietnamese press writes with the same digits.
 *
 * A run is digit groups joined by what people put inside a phone or ID number (a space,
 * `.`, `-`, brackets); `,` (decimals) and `/` (dates, decision numbers) end it. Each group
 * that follows a space may start a number, which may end before a space; so "năm 2023
 * 0912345678" still finds the phone. Per start at most seven groups are tried: linear.
 */
import { sentenceBefore, type Finding } from './finding.ts';

const RUN = /[+(]{0,2}\d+(?:(?: ?[.-] ?|\) ?\(?| ?\(| )\d+)*/g;
const DIGITS = /\d+/g;
/** No phone or ID number has a longer group (0084 + a landline is 13 digits). */
const MAX_GROUP = 13;
/** Most groups a phone is split into: `+84 (912) 345 67 8` is five; two spare. */
const MAX_PHONE_GROUPS = 7;

/** Mobile (9 digits after the 0) or landline (02 + 9 digits) without the leading 0. */
const NATIONAL = /^(?:[35789]\d{8}|2\d{9})$/;
/** With the trunk 0: mobiles, landlines and the 11-digit mobiles used before 2018. */
const DOMESTIC = /^0(?:[35789]\d{8}|2\d{9}|1\d{9})$/;

/** Words after a number that make it a quantity: money, area, weight, people, time. */
const UNIT =
  /^ ?\)? ?(?:đồng|đ|vnđ|vnd|usd|triệu|tr|tỷ|tỉ|nghìn|ngàn|trăm|m²|m2|m³|m3|km²|km2|km|ha|héc-ta|hécta|hecta|sào|mẫu|tấn|tạ|yến|kg|g|lít|l|ml|mét|m|cm|mm|con|người|hộ|cây|cuốn|quyển|trang|lượt|suất|bộ|chiếc|cái|quả|viên|phần|%|lần|tháng|ngày|giờ|phút|năm|bao|thùng|gói|bữa|em|cháu|học sinh|thành viên|hội viên|lao động|công|xe|hạt|kw|kwh|tấm|hồ sơ|vụ|buổi)(?![\p{L}\p{N}])/iu;
/** Words before a number, in the same sentence, that make it a sum of money or a quantity. */
const MONEY_BEFORE =
  /(?<!\p{L})(?:đồng|tiền|thu|lãi|lời|vốn|giá|kinh phí|ngân sách|hỗ trợ|ủng hộ|quyên góp|đóng góp|vay|nợ|tiết kiệm|thưởng|lương|vnđ|doanh số|sản lượng|diện tích|dân số|chi phí|trị giá)(?!\p{L})/u;
/** Words before a number, in the same sentence, that name an identity document. */
const ID_BEFORE = /(?<!\p{L})(?:cccd|cmnd|cmt|căn cước|chứng minh|định danh|giấy tờ|hộ chiếu)(?!\p{L})/u;
/** Words before a number, in the same sentence, that make it the number of a certificate, a tax code, a record. */
const OTHER_NUMBER_BEFORE =
  /(?<!\p{L})(?:giấy chứng nhận|chứng nhận|mã số thuế|mã số doanh nghiệp|đăng ký kinh doanh|mã hồ sơ|số hiệu|số seri|số sê-ri|mã vạch|mã sản phẩm)(?!\p{L})/u;
/** Video ids are numbers too: `<Video facebook="1234567890">`. */
const VIDEO_ATTRIBUTE = /(?:facebook|youtube)="$/;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group; empty for the first. */
  gap: string;
}

export function isPhoneDigits(digits: string, plus: boolean): boolean {
  const national = digits.startsWith('0084')
    ? digits.slice(4)
    : digits.startsWith('84') && (plus || digits.length >= 11)
      ? digits.slice(2)
      : undefined;
  if (national !== undefined) return NATIONAL.test(national.startsWith('0') ? national.slice(1) : national);
  return DOMESTIC.test(digits);
}

function groupsOf(text: string, runStart: number, runEnd: number): Group[] {
  const groups: Group[] = [];
  DIGITS.lastIndex = runStart;
  for (let m = DIGITS.exec(text); m && m.index < runEnd; m = DIGITS.exec(text)) {
    const previous = groups.at(-1);
    groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0], gap: previous ? text.slice(previous.end, m.index) : '' });
  }
  return groups;
}

/** A number may start after a space or a bracket, and end before one: never inside `345.678`. */
const opens = (gap: string) => gap === '' || gap.includes(' ') || gap.includes('(');
const closes = (gap: string | undefined) => gap === undefined || gap.includes(' ') || gap.includes(')');

/** Last group of `1.250.000.000` or `120 000 000` starting at i; i when there is none. */
function thousandsEnd(groups: Group[], i: number): number {
  const lead = groups[i]!.digits;
  const gap = groups[i + 1]?.gap;
  if (lead.length > 3 || lead.startsWith('0') || (gap !== '.' && gap !== ' ')) return i;
  let j = i;
  while (groups[j + 1]?.gap === gap && groups[j + 1]!.digits.length === 3) j++;
  return j;
}

/** 9 or 12 digits in one group, 3-3-3(-3) with one kind of separator, or 12 digits from a 0. */
function isIdShape(groups: Group[], digits: string): boolean {
  if (groups.length === 1) return digits.length === 9 || digits.length === 12;
  const gaps = groups.slice(1).map((g) => g.gap);
  if (!gaps.every((gap) => gap === ' ' || gap === '.' || gap === '-')) return false;
  if (groups.length >= 3 && groups.length <= 4 && groups.every((g) => g.digits.length === 3)) {
    return gaps.every((gap) => gap === gaps[0]);
  }
  return digits.length === 12 && digits.startsWith('0') && groups.every((g) => g.digits.length >= 2);
}

const unitAfter = (text: string, end: number) => UNIT.test(text.slice(end, end + 24));

/** Where a number starting at `group` begins: a `+` and `(` just before it included. */
function leadStart(text: string, group: Group, floor: number): number {
  let k = group.start;
  while (k > floor && (text[k - 1] === '+' || text[k - 1] === '(')) k--;
  return k;
}

function scanRun(text: string, runStart: number, groups: Group[], found: Finding[]): void {
  let i = 0;
  next: while (i < groups.length) {
    const first = groups[i]!;
    if (!opens(first.gap)) {
      i++;
      continue;
    }
    const start = leadStart(text, first, i === 0 ? runStart : groups[i - 1]!.end);
    const plus = text.slice(start, first.start).includes('+');
    // Read only when needed: most numbers are neither thousands nor ID-shaped.
    const moneyBefore = () => MONEY_BEFORE.test(sentenceBefore(text, first.start, 40));
    const thousands = thousandsEnd(groups, i);
    if (thousands > i && !plus && (unitAfter(text, groups[thousands]!.end) || moneyBefore())) {
      i = thousands + 1;
      continue;
    }
    // The digits of groups i..j, for j up to seven groups on; none longer than a number can be.
    const prefixes: string[] = [];
    for (let j = i, digits = ''; j < groups.length && j < i + MAX_PHONE_GROUPS; j++) {
      if (groups[j]!.digits.length > MAX_GROUP) break;
      prefixes.push((digits += groups[j]!.digits));
    }
    const found9 = prefixes.length > 0 && prefixes.at(-1)!.length >= 9;
    const report = (kind: Finding['kind'], j: number) => {
      let end = groups[j]!.end;
      const body = text.slice(start, end);
      if (body.lastIndexOf('(') > body.lastIndexOf(')') && text[end] === ')') end++;
      found.push({ kind, start: body.startsWith('(') && !body.includes(')') ? start + 1 : start, end });
      i = j + 1;
    };
    if (found9 && (plus || first.digits.startsWith('0') || first.digits.startsWith('8'))) {
      for (let j = i + prefixes.length - 1; j >= i; j--) {
        const digits = prefixes[j - i]!;
        if (!closes(groups[j + 1]?.gap) || !isPhoneDigits(digits, plus)) continue;
        // 84500000000 đồng is money; a number written with its 0 or a + never is.
        if (!plus && !digits.startsWith('0') && unitAfter(text, groups[j]!.end)) continue;
        report('phone', j);
        continue next;
      }
    }
    for (let j = Math.min(i + prefixes.length, i + 4) - 1; found9 && j >= i; j--) {
      const digits = prefixes[j - i]!;
      if (!closes(groups[j + 1]?.gap) || !isIdShape(groups.slice(i, j + 1), digits)) continue;
      // A leading 0 is never money; otherwise the words around decide, an identity document first.
      if (!digits.startsWith('0') && !ID_BEFORE.test(sentenceBefore(text, first.start, 48))) {
        if (unitAfter(text, groups[j]!.end) || moneyBefore() || OTHER_NUMBER_BEFORE.test(sentenceBefore(text, first.start, 40))) continue;
      }
      report('idNumber', j);
      continue next;
    }
    i++;
  }
}

/** Phone and ID numbers in normalised text. */
export function findNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (VIDEO_ATTRIBUTE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    scanRun(text, m.index, groupsOf(text, m.index, m.index + m[0].length), found);
  }
  return found;
}
