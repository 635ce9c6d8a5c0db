/**
 * The content check hands what it read to the content loader, so a cold build splits
 * and parses each story once, not twice; the loader takes that reading only for the
 * exact text the check passed.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { checkedDataFiles, parsedDataFile } from '../../src/content-rules/checked-data.ts';
import { readSafeStory, verifiedStories } from '../../src/content-rules/story-safety.ts';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { validStory } from '../helpers/story.ts';

async function checkedRoot() {
  const root = await makeContentRoot({ 'stories/nguoi-giu-giong-lua.mdx': storyText(validStory(), 'Anh giữ giống lúa thơm.\n') });
  const file = path.join(root, 'stories/nguoi-giu-giong-lua.mdx');
  const report = await checkContent(root, root);
  expect(report.problems).toEqual([]);
  return { file, read: verifiedStories().get(file)?.read };
}

describe('what the check read, the loader takes', () => {
  beforeEach(() => verifiedStories().clear());

  test('an unchanged story is taken from the check, once; read again, it is parsed anew to the same result', async () => {
    const { file, read } = await checkedRoot();
    expect(read?.data).toMatchObject({ title: 'Người nông dân giữ giống lúa thơm' });
    const first = await readSafeStory(file, true, file);
    expect(first.story).toBe(read);
    // Let go once taken: the next reading is the file's own, equal in every part.
    expect(verifiedStories().get(file)?.read).toBeUndefined();
    const second = await readSafeStory(file, true, file);
    expect(second.story).not.toBe(read);
    expect(second.story).toEqual(read);
  });

  test('a story changed after the check is read and checked anew: code added since is refused', async () => {
    const { file, read } = await checkedRoot();
    expect(read).toBeDefined();
    await appendFile(file, '\nimport x from "./x.js"\n');
    const loaded = await readSafeStory(file, true, file);
    expect(loaded.story).toBeUndefined();
    expect(loaded.problems.length).toBeGreaterThan(0);
  });
});

describe('what the check parsed of a data file, the collections take', () => {
  test('the same text is taken from the check, as a copy and once; other text is parsed here', async () => {
    checkedDataFiles().clear();
    await checkedRoot();
    const [text, parsed] = [...checkedDataFiles()].find(([t]) => t.includes('nguoi-giu-giong-lua'))!;
    const taken = parsedDataFile(text) as { slug: string }[];
    expect(taken).toEqual(parsed);
    expect(taken).not.toBe(parsed);
    taken[0]!.slug = 'doi-ten';
    expect((parsed as { slug: string }[])[0]!.slug).toBe('nguoi-giu-giong-lua');
    expect(checkedDataFiles().has(text)).toBe(false);
    // Parsed anew, the same result; text the check never saw is parsed too.
    expect(parsedDataFile(text)).toEqual(parsed);
    expect(parsedDataFile('- id: a\n  name: Ả\n')).toEqual([{ id: 'a', name: 'Ả' }]);
  });
});
