/**
 * `npm run privacy:corpus`: precision and recall of the privacy lint on the labelled
 * lines of tests/fixtures/privacy-corpus.ts, as a Markdown table for the README.
 * Prints every line it gets wrong.
 */
import { CORPUS_YEAR, PRIVACY_CORPUS } from '../tests/fixtures/privacy-corpus.ts';
import { KIND_ORDER, scoreCorpus } from './lib/privacy-score.ts';

const NAMES = {
  phone: 'Số điện thoại',
  idNumber: 'Số căn cước, CMND',
  email: 'Thư điện tử',
  address: 'Địa chỉ số nhà',
  minorBirth: 'Ngày, năm sinh trẻ em',
} as const;

const percent = (x: number) => `${(x * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
const score = scoreCorpus(PRIVACY_CORPUS, CORPUS_YEAR);

console.log('| Loại | Số dòng | Bị báo | Báo đúng loại |');
console.log('| --- | --- | --- | --- |');
for (const kind of KIND_ORDER) {
  const s = score.byKind.get(kind)!;
  console.log(`| ${NAMES[kind]} | ${s.lines} | ${s.caught} | ${s.rightKind} |`);
}
console.log(`| Dòng không có thông tin riêng tư | ${score.harmless} | ${score.falseAlarms} (báo nhầm) | — |`);
console.log(`\nĐộ chính xác (precision): ${percent(score.precision)}; độ phủ (recall): ${percent(score.recall)}; ${PRIVACY_CORPUS.length} dòng.`);
const wrong = score.results.filter(({ line, found }) => (line.kind ? !found.includes(line.kind) : found.length > 0));
for (const { line, found } of wrong) console.log(`Sai: ${JSON.stringify(line.text)} → ${found.join(', ') || 'không báo'} (cần: ${line.kind ?? 'không báo'})`);
