import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/** The fixture content root used by build tests; its data files are the real vocabularies. */
export const BASIC_ROOT = path.resolve('tests/fixtures/basic');

/** A story file's text from a frontmatter object and a body. */
export function storyText(frontmatter: Record<string, unknown>, body = 'Nội dung câu chuyện.\n'): string {
  return `---\n${stringify(frontmatter)}---\n${body}`;
}

/**
 * A fresh content root in a temp folder with the fixture's data files and the given
 * files (paths relative to the root, text or bytes).
 */
export async function makeContentRoot(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dien-hinh-content-'));
  await cp(path.join(BASIC_ROOT, 'data'), path.join(root, 'data'), { recursive: true });
  await mkdir(path.join(root, 'stories'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}
