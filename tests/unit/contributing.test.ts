import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ERROR_GUIDE, errorKeys, fillBlocks, generatedBlocks } from '../../scripts/lib/contributing-doc.ts';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { checkMdxSafety } from '../../src/content-rules/rules/mdx-safety.ts';
import { STORY_COMPONENTS } from '../../src/content-rules/story-components.ts';
import { readVocabularies } from '../../src/content-rules/vocabulary-files.ts';
import { checkText } from '../../src/i18n/check.ts';
import { KINDS } from '../../src/schemas/kind.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

const DOC = readFileSync('CONTRIBUTING.md', 'utf8');
const { vocabularies } = await readVocabularies(path.resolve('content'), (f) => f);

/** The fenced code block that follows a line containing `after`. */
function blockAfter(after: string): string {
  const start = DOC.indexOf(after);
  expect(start, after).toBeGreaterThanOrEqual(0);
  // Fences inside list items are indented; their lines lose that indent.
  const match = /^( *)```[a-z]*\n([\s\S]*?)\n\1```/m.exec(DOC.slice(start));
  const indent = match?.[1] ?? '';
  return (match?.[2] ?? '').split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
const githubSlug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('CONTRIBUTING.md', () => {
  test('its generated tables match the data files and the checker’s messages (else run node scripts/contributing.ts)', () => {
    expect(fillBlocks(DOC, generatedBlocks(vocabularies)) === DOC, 'CONTRIBUTING.md is stale: run node scripts/contributing.ts').toBe(true);
  });

  test('lists every id a story may use', () => {
    const ids = [
      ...KINDS,
      ...vocabularies.fields.keys(),
      ...vocabularies.localities.keys(),
      ...vocabularies.awards.keys(),
      ...vocabularies.movements.keys(),
    ];
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(DOC, id).toContain(`| \`${id}\` |`);
    for (const name of Object.keys(STORY_COMPONENTS)) expect(DOC, name).toContain(`\`<${name}>\``);
  });

  test('explains every message the checker can print, and only those', () => {
    const documented = Object.keys(ERROR_GUIDE).sort();
    const printed = errorKeys().sort();
    const missing = printed.filter((key) => !documented.includes(key));
    expect(missing, `add these checkText messages to ERROR_GUIDE in scripts/lib/contributing-doc.ts: ${missing.join(', ')}`).toEqual([]);
    expect(documented).toEqual(printed);
    for (const guide of Object.values(ERROR_GUIDE)) expect(guide.example().length).toBeGreaterThan(10);
  });

  test('quotes the new-story notice of step 9 as the checker prints it', () => {
    const first = checkText.permalinkNew('nguyen-van-a', 'DH0034');
    expect(DOC.replace(/\s+/g, ' ')).toContain(first);
  });

  test('its story template is a valid draft for a real person', async () => {
    const template = blockAfter('<!-- mau-bai -->');
    expect(template).toMatch(/^draft: true$/m);
    expect(template).toMatch(/^sample: false$/m);
    const root = await makeContentRoot({ 'stories/nguyen-van-a.mdx': `${template}\n` });
    const { problems, stories } = await checkContent(root, root);
    expect(problems).toEqual([]);
    expect(stories.has('nguyen-van-a')).toBe(true);
  });

  test('its component examples pass the MDX safety rule', () => {
    const examples = ['**Trích dẫn**', '**Ảnh có chú thích và nguồn**', '**Video**'].map(blockAfter);
    expect(examples.join('\n')).toMatch(/<TrichDan[\s\S]*<HinhAnh[\s\S]*<Video/);
    for (const body of examples) expect(checkMdxSafety(body, 1, 'x'), body).toEqual([]);
  });

  test('its privacy approval example lets exactly the flagged text through, and only from the data file', async () => {
    const approvals = blockAfter('**Ngoại lệ do Ban biên tập duyệt.**');
    const slug = /^- file: ([a-z0-9-]+)/m.exec(approvals)?.[1];
    const text = /^ {2}text: "(.*)"/m.exec(approvals)?.[1];
    expect(slug && text).toBeTruthy();
    const story = storyText(validStory(), `Bà con gọi đường dây nóng ${text} của hợp tác xã. {/* rieng-tu-da-duyet: số của HTX */}\n`);
    const approved = await makeContentRoot({ [`stories/${slug}.mdx`]: story, 'data/rieng-tu-da-duyet.yaml': `${approvals}\n` });
    expect((await checkContent(approved, approved)).problems).toEqual([]);
    // Without the data file the same line is refused, though it carries the old marker.
    const bare = await makeContentRoot({ [`stories/${slug}.mdx`]: story });
    const problems = (await checkContent(bare, bare)).problems;
    expect(problems.map((p) => p.message)).toEqual([`${checkText.privacy.phone(text!)} ${checkText.privacy.markerIgnored}`]);
  });

  test('every in-page link points at a heading, and every picture exists', () => {
    const headings = new Set([...DOC.matchAll(/^#{1,4} (.+)$/gm)].map((m) => githubSlug(m[1]!)));
    const anchors = [...DOC.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(10);
    for (const anchor of anchors) expect(headings, anchor).toContain(anchor);
    const images = [...DOC.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)];
    expect(images.length).toBe(4);
    for (const [, src] of images) {
      expect(existsSync(src!), src).toBe(true);
      expect(readFileSync(src!).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
