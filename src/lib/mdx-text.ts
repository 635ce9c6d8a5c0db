import { mdxToMdast } from 'satteri';

/** The parts of an mdast node this module reads. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Block nodes: anything else is phrasing content, read as part of a paragraph. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'code',
  'html',
  'table',
  'tableRow',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxFlowExpression',
  'mdxjsEsm',
  'yaml',
  'toml',
]);

/** Nodes with nothing to read aloud: code, raw HTML, imports, expressions, images. */
const SILENT = new Set([
  'code',
  'html',
  'thematicBreak',
  'definition',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'yaml',
  'toml',
  'image',
  'imageReference',
  'footnoteReference',
]);

function inline(node: Node): string {
  if (SILENT.has(node.type)) return '';
  if (node.type === 'break') return ' ';
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(inline).join('');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A heading read aloud needs a stop after it, or it runs into the next sentence. */
const withStop = (text: string) => (/[.!?:…]$/.test(text) ? text : `${text}.`);

function blocks(node: Node, out: string[]): void {
  if (SILENT.has(node.type)) return;
  const children = node.children ?? [];
  if (node.type === 'table') {
    for (const row of children) out.push(tidy((row.children ?? []).map(inline).filter(Boolean).join(', ')));
    return;
  }
  const isParagraph = node.type === 'paragraph' || node.type === 'heading' || !children.some((c) => BLOCKS.has(c.type));
  if (isParagraph && node.type !== 'root') {
    const text = tidy(inline(node));
    if (text) out.push(node.type === 'heading' ? withStop(text) : text);
    return;
  }
  for (const child of children) blocks(child, out);
}

/**
 * The readable text of an MDX story body, one paragraph per entry: headings, paragraphs,
 * list items and quotes as plain text; imports, expressions, code, raw HTML and images
 * dropped; emphasis and links reduced to their words. Parsed by the same MDX parser Astro uses.
 */
export function mdxParagraphs(body: string): string[] {
  const out: string[] = [];
  blocks(mdxToMdast(body) as Node, out);
  return out.filter(Boolean);
}

/** Changes whenever the reading above changes: counts made from it and kept in a cache are then made again. */
export const MDX_TEXT_SOURCE = [mdxParagraphs, blocks, inline, tidy, withStop].map(String).join('\n') + JSON.stringify([...BLOCKS, ...SILENT]);
