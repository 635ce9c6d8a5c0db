import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { STORY_COMPONENTS, type StoryComponentName } from '../content-rules/story-components.ts';
import { STORY_COMPONENTS_SOURCE, storyComponentHast } from './story-components.ts';

/** What Astro's content layer stores for an entry rendered at load time. */
export interface RenderedStory {
  html: string;
  metadata: { imagePaths: string[] };
}

/** The parts of an MDX node this renderer reads (satteri's hast adds MDX node types to hast's). */
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

/**
 * Turns a story's checked MDX body into HTML while the collection loads: the body is
 * parsed (the same parser the content check uses), its three story components become
 * plain elements, and the tree is written out as HTML. No story is ever compiled to
 * JavaScript, so nothing a story holds can run during the build or in a page.
 *
 * Anything the content check refuses (imports, expressions, other elements, raw HTML)
 * is dropped here too, should it ever reach this far. Pictures from the story's folder
 * become Astro's image placeholders: Astro optimises them when the page renders, as for
 * Markdown entries (`rendered.metadata.imagePaths`).
 */
export function storyHtml(body: string): RenderedStory {
  const tree = mdxToHast(body, { position: false, features: { gfm: true, smartPunctuation: true } }) as Root;
  const images = new Map<string, number>();
  const children = convert(tree.children as unknown as MdxNode[], images);
  return {
    html: toHtml({ type: 'root', children }),
    metadata: { imagePaths: [...images.keys()] },
  };
}

const isComponent = (name: string | null | undefined): name is StoryComponentName => !!name && Object.hasOwn(STORY_COMPONENTS, name);

function convert(nodes: readonly MdxNode[], images: Map<string, number>): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'comment':
        out.push(node as unknown as ElementContent);
        break;
      case 'element': {
        const element = node as unknown as Element;
        out.push(
          element.tagName === 'img'
            ? markImage(element, images)
            : { ...element, children: convert(element.children as unknown as MdxNode[], images) },
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!isComponent(node.name)) break;
        const attributes = Object.fromEntries(
          (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string').map((a) => [a.name!, a.value as string]),
        );
        out.push(storyComponentHast(node.name, attributes, convert(node.children ?? [], images)));
        break;
      }
      // mdxjsEsm, expressions, raw HTML, fragments: refused by the check, never written.
      default:
        break;
    }
  }
  return out;
}

/**
 * A picture from the story's folder, as Astro's Markdown pipeline marks it: the
 * attributes move into `__ASTRO_IMAGE_`, which Astro replaces with the optimised
 * image when the page renders. `index` counts repeats of the same file.
 */
function markImage(img: Element, images: Map<string, number>): Element {
  const { src, ...rest } = img.properties;
  if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\//i.test(src)) return { ...img, children: [] };
  const path = decodeURI(src);
  const index = images.get(path) ?? 0;
  images.set(path, index + 1);
  return { type: 'element', tagName: 'img', properties: { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src: path, index }) }, children: [] };
}

/**
 * Changes whenever this renderer or the components' markup changes. The loader adds it
 * to each story's digest: the HTML kept in the content cache (which the deploy workflow
 * restores) is then never reused after the code that made it has changed.
 */
export const STORY_HTML_VERSION = createHash('sha256')
  .update([storyHtml, convert, markImage].map(String).join('\n'))
  .update(STORY_COMPONENTS_SOURCE)
  .digest('hex')
  .slice(0, 16);
