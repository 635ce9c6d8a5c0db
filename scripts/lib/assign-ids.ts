import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { DATA_FILES, STORIES_DIR } from '../../src/content-paths.ts';
import { readStory } from '../../src/content-rules/read-story.ts';
import { looseStory } from '../../src/content-rules/rules/loose.ts';
import { listStoryFiles } from '../../src/content-rules/story-files.ts';
import { readVocabularies } from '../../src/content-rules/vocabulary-files.ts';
import { newStoryIds, type IdCandidate } from '../../src/lib/story-ids.ts';
import type { Permalink } from '../../src/schemas/permalink.ts';

/**
 * Writes manifest entries for published stories that have none, numbered as the build
 * numbers them (`newStoryIds`), and returns what it added. The manifest keeps its
 * comments and order; new entries go at the end. Run on main after a merge.
 */
export async function assignStoryIds(root: string): Promise<Permalink[]> {
  const { vocabularies, problems } = await readVocabularies(root, (f) => f);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
  const listing = await listStoryFiles(path.join(root, STORIES_DIR), (f) => f);
  const candidates: IdCandidate[] = [];
  for (const story of listing.files) {
    const read = await readStory(story.path, story.path);
    if (!read.story) continue;
    const loose = looseStory(read.story.yaml.data);
    if (!loose.draft && loose.published) candidates.push({ slug: story.slug, published: loose.published });
  }
  const added = newStoryIds([...vocabularies.permalinks.values()], candidates);
  if (added.length === 0) return added;
  const file = path.join(root, DATA_FILES.permalinks);
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (!isSeq(doc.contents)) throw new Error(`${file} is not a list`);
  const list = doc.contents as unknown as YAMLSeq;
  list.flow = false;
  for (const entry of added) list.add(doc.createNode(entry));
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  return added;
}
