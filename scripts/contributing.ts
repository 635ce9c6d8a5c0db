/**
 * Regenerates the generated parts of CONTRIBUTING.md (code lists from the data files,
 * the components table and the table of error messages). With `--check` it changes
 * nothing and exits 1 when the guide is out of date. Run: node scripts/contributing.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { contentRoot } from '../src/content-paths.ts';
import { readVocabularies } from '../src/content-rules/vocabulary-files.ts';
import { fillBlocks, generatedBlocks } from './lib/contributing-doc.ts';

const FILE = 'CONTRIBUTING.md';
const { vocabularies, problems } = await readVocabularies(contentRoot(), (f) => f);
if (problems.length > 0) {
  console.error('Các tệp dữ liệu đang có lỗi; hãy chạy npm run check trước.');
  process.exit(1);
}
const before = await readFile(FILE, 'utf8');
const after = fillBlocks(before, generatedBlocks(vocabularies));
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error(`${FILE} chưa cập nhật theo dữ liệu hiện tại: chạy node scripts/contributing.ts`);
    process.exitCode = 1;
  }
} else if (after !== before) {
  await writeFile(FILE, after);
  console.log(`Đã cập nhật ${FILE}.`);
} else {
  console.log(`${FILE} đã đúng với dữ liệu hiện tại.`);
}
