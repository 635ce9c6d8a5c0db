/**
 * Long single lines built to make a careless pattern backtrack: letters around an @,
 * digits with every separator, keywords repeated without the rest of their pattern,
 * comments and entities never closed. Shared by `npm run bench:privacy` (timings) and
 * the unit tests (what the lint makes of them).
 */

/** `unit` repeated to `size` characters, cut to length. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export interface AdversarialLine {
  name: string;
  line: string;
}

/** Adversarial lines of about `size` characters each. */
export function adversarialLines(size: number): AdversarialLine[] {
  const half = Math.floor(size / 2);
  return [
    { name: 'chữ a quanh một @', line: `${fill('a', half)}@${fill('a', half)}` },
    { name: 'chữ a quanh @ có tên miền', line: `${fill('a', half)}@gmail.com ${fill('a', half)}` },
    { name: 'tên miền a.a.a… rất dài', line: `ten@${fill('a.', size)}com` },
    { name: 'ab@ lặp lại', line: fill('ab@', size) },
    { name: 'a.a.@ lặp lại', line: fill('a.a.a.@', size) },
    { name: '[at] lặp lại', line: fill('ten [at] gmail ', size) },
    { name: 'toàn chữ số', line: fill('1', size) },
    { name: 'chữ số và dấu cách', line: fill('1 ', size) },
    { name: 'chữ số và dấu chấm', line: fill('1.', size) },
    { name: 'chữ số, chấm, cách, gạch', line: fill('12. 3-4 (5) ', size) },
    { name: 'nhóm 3 chữ số', line: fill('036 ', size) },
    { name: 'số điện thoại liền nhau', line: fill('0912 345 678 ', size) },
    { name: 'dấu cách không ngắt', line: fill('0\u00a0', size) },
    { name: 'toàn dấu cách', line: fill(' ', size) },
    { name: '“số” lặp lại', line: fill('số 1 ', size) },
    { name: '“Số 1 Ab” lặp lại', line: fill('Số 1 Ab ', size) },
    { name: '“sinh ngày 1/” lặp lại', line: fill('sinh ngày 1/', size) },
    { name: '“cháu (” lặp lại', line: fill('cháu (', size) },
    { name: '“(2015)” lặp lại', line: fill('em (2015)', size) },
    { name: 'chú thích không đóng', line: fill('{/* 1', size) },
    { name: 'chú thích HTML không đóng', line: fill('<!-- 1', size) },
    { name: 'thực thể HTML dở dang', line: fill('&#4', size) },
    { name: 'dấu thanh tách rời', line: fill('a\u0301', size) },
    { name: 'dấu * giữa chữ số', line: fill('1**', size) },
  ];
}
