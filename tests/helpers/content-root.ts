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
 * The permanent-link manifest a content root needs for its published stories, in
 * the order given: the state right after each story was added the proper way.
 */
export function manifestFor(files: Record<string, string | Uint8Array>): string {
  const slugs = Object.entries(files).flatMap(([file, content]) => {
    const slug = /^stories\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.mdx|\/index\.mdx)$/.exec(file)?.[1];
    const draft = typeof content === 'string' && /^draft: true$/m.test(content);
    return slug && !draft ? [slug] : [];
  });
  return `${JSON.stringify([...new Set(slugs)].map((slug, i) => ({ id: `DH${String(i + 1).padStart(4, '0')}`, slug })))}\n`;
}

/**
 * A fresh content root in a temp folder with the fixture's vocabularies and the given
 * files (paths relative to the root, text or bytes). Unless the files include
 * `data/permalinks.yaml`, the manifest lists every published story given; no
 * taxonomy page is kept unless `data/term-permalinks.yaml` is given.
 */
export async function makeContentRoot(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dien-hinh-content-'));
  await cp(path.join(BASIC_ROOT, 'data'), path.join(root, 'data'), { recursive: true });
  await mkdir(path.join(root, 'stories'), { recursive: true });
  await writeFile(path.join(root, 'data/permalinks.yaml'), manifestFor(files));
  // Kept taxonomy pages are opted into per test.
  await writeFile(path.join(root, 'data/term-permalinks.yaml'), '[]\n');
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}
