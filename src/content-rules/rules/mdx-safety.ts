import { mdxToMdast } from 'satteri';
import { checkText } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';
import { isExternal } from './local-image.ts';
import { FACEBOOK_VIDEO_ID, SAFE_URL, STORY_COMPONENTS, YOUTUBE_ID, type StoryComponentName } from '../story-components.ts';

/** A picture the body shows from the story's folder, for the file checks. */
export interface ImageRef {
  url: string;
  line: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const isLoneComment = (value: unknown) =>
  typeof value === 'string' && /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);

const isComponent = (name: string): name is StoryComponentName => Object.hasOwn(STORY_COMPONENTS, name);

/** Strips what browsers ignore in a URL scheme (spaces, control characters) before judging it. */
const normaliseUrl = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

function checkComponent(node: Node, say: (message: string) => void): void {
  const name = node.name ?? '';
  if (!isComponent(name)) {
    say(name ? checkText.mdxElement(name, Object.keys(STORY_COMPONENTS)) : checkText.mdxFragment);
    return;
  }
  const spec = STORY_COMPONENTS[name];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  const given = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      say(checkText.mdxExpression);
    } else if (/^on/i.test(attribute.name)) {
      say(checkText.mdxEventHandler(attribute.name));
    } else if (!allowed.includes(attribute.name)) {
      say(checkText.mdxAttribute(name, attribute.name, allowed));
    } else if (typeof attribute.value !== 'string') {
      say(checkText.mdxAttributeValue(name, attribute.name));
    } else {
      given.set(attribute.name, attribute.value);
    }
  }
  for (const required of spec.required) if (!given.has(required)) say(checkText.mdxMissingAttribute(name, required));
  if (name === 'Video') {
    const youtube = given.get('youtube');
    const facebook = given.get('facebook');
    if ((youtube === undefined) === (facebook === undefined)) say(checkText.videoSource);
    else if (youtube !== undefined && !YOUTUBE_ID.test(youtube)) say(checkText.youtubeId(youtube));
    else if (facebook !== undefined && !FACEBOOK_VIDEO_ID.test(facebook)) say(checkText.facebookId(facebook));
  }
}

/** Identifiers that some `![…][id]` uses, so their definitions are judged as pictures. */
function imageReferences(node: Node, found = new Set<string>()): Set<string> {
  if (node.type === 'imageReference' && node.identifier) found.add(node.identifier);
  node.children?.forEach((child) => imageReferences(child, found));
  return found;
}

/** Links go to web pages (`https://…`), to pages of this site (`/…`) or to a heading (`#…`). */
const WEB_LINK = /^(https?:\/\/|\/(?!\/)|#|mailto:)/i;

/** Reference-style definitions by identifier, so `![a][b]` is judged by what `[b]:` says. */
function definitions(node: Node, found = new Map<string, string>()): Map<string, string> {
  if (node.type === 'definition' && node.identifier && typeof node.url === 'string') found.set(node.identifier, node.url);
  node.children?.forEach((child) => definitions(child, found));
  return found;
}

/**
 * Checks a story body on the MDX syntax tree, parsed by the same parser Astro's MDX
 * and the story renderer use (satteri): no import/export, no JavaScript expression, no element but the
 * allowed story components (so no <script>, <iframe>, <style> or raw HTML), no
 * event handler, no `javascript:`-style URL, no second front-matter block, no image
 * from another site and no link to a file. Give it the text the loader renders
 * (`StorySource.parsed`, firstLine 1); local pictures are collected into `images`.
 */
export function checkMdxSafety(body: string, bodyLine: number, file: string, images: ImageRef[] = []): Problem[] {
  const problems: Problem[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const line = /(\d+):\d+/.exec(detail)?.[1];
    return [{ file, line: line ? bodyLine + Number(line) - 1 : bodyLine, message: checkText.mdxSyntax(detail) }];
  }
  const defined = definitions(tree);
  const pictured = imageReferences(tree);
  const visit = (node: Node) => {
    const line = node.position ? bodyLine + node.position.start.line - 1 : bodyLine;
    const say = (message: string) => problems.push({ file, line, message });
    const picture = (url: string) => {
      if (!SAFE_URL.test(normaliseUrl(url))) say(checkText.unsafeUrl(url));
      else if (isExternal(url)) say(checkText.imageExternal(url));
      else images.push({ url, line });
    };
    switch (node.type) {
      case 'yaml':
      case 'toml':
        say(checkText.secondFrontmatter);
        return;
      case 'mdxjsEsm':
        say(checkText.mdxImportExport);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A lone comment `{/* … */}` compiles to nothing, so writers may leave notes. It is no
        // privacy exception (those are approved in data/rieng-tu-da-duyet.yaml), and the
        // privacy lint reads comments too: the repository is public.
        if (!isLoneComment(node.value)) say(checkText.mdxExpression);
        return;
      case 'html':
        say(checkText.mdxElement('HTML', Object.keys(STORY_COMPONENTS)));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, say);
        break;
      case 'image':
        if (typeof node.url === 'string') picture(node.url);
        break;
      case 'imageReference': {
        const url = defined.get(node.identifier ?? '');
        if (url !== undefined) picture(url);
        break;
      }
      case 'link':
      case 'definition':
        if (typeof node.url !== 'string') break;
        if (!SAFE_URL.test(normaliseUrl(node.url))) say(checkText.unsafeUrl(node.url));
        // A definition may serve an image; those are judged where they are used.
        else if (!WEB_LINK.test(node.url) && !(node.type === 'definition' && pictured.has(node.identifier ?? ''))) {
          say(checkText.linkRelative(node.url));
        }
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
