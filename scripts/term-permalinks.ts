/**
 * `npm run permalinks:terms`: records every taxonomy page the content now produces
 * (field, place, award, kind and year pages with at least one published story) in
 * data/term-permalinks.yaml, keeping what is already listed. Run it after new
 * stories are merged; listed pages are then kept for good (see the content check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../src/content-rules/check-content.ts';
import { readVocabularies } from '../src/content-rules/vocabulary-files.ts';
import { contentRoot, DATA_FILES } from '../src/content-paths.ts';
import { paths } from '../src/lib/urls.ts';

const HEADER = `# Trang chủ đề đã công bố (lĩnh vực, địa phương, khen thưởng, đối tượng, năm).
# Mỗi trang ở đây luôn được giữ, kể cả khi không còn bài nào; mã của nó không được xóa khỏi danh mục.
# Tệp do lệnh "npm run permalinks:terms" cập nhật; không cần sửa bằng tay.
`;

const root = contentRoot();
const { stories } = await checkContent(root);
const { vocabularies } = await readVocabularies(root, (f) => f);
const listed = new Set(vocabularies.termPermalinks);
for (const story of stories.values()) {
  if (story.draft) continue;
  listed.add(paths.field(story.field));
  listed.add(paths.locality(story.locality));
  listed.add(paths.kind(story.subject.kind));
  for (const award of story.awards) {
    listed.add(paths.award(award.award));
    listed.add(paths.year(award.year));
  }
}
const file = path.join(root, DATA_FILES.termPermalinks);
const before = await readFile(file, 'utf8').catch(() => '');
const text = HEADER + [...listed].sort().map((p) => `- path: ${p}\n`).join('');
if (text !== before) await writeFile(file, text);
console.log(`${listed.size} trang chủ đề trong ${path.relative(process.cwd(), file)}${text === before ? ' (không đổi)' : ''}.`);
