import { mdxToMdast } from 'satteri';
import { checkText } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';
import { FACEBOOK_VIDEO_ID, SAFE_URL, STORY_COMPONENTS, YOUTUBE_ID, type StoryComponentName } from '../story-components.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
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

/**
 * Checks a story body on the MDX syntax tree, parsed by the same compiler Astro
 * uses (satteri): no import/export, no JavaScript expression, no element but the
 * allowed story components (so no <script>, <iframe>, <style> or raw HTML), no
 * event handler, no `javascript:`-style URL.
 */
export function checkMdxSafety(body: string, bodyLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const line = /(\d+):\d+/.exec(detail)?.[1];
    return [{ file, line: line ? bodyLine + Number(line) - 1 : bodyLine, message: checkText.mdxSyntax(detail) }];
  }
  const visit = (node: Node) => {
    const say = (message: string) =>
      problems.push({ file, line: node.position ? bodyLine + node.position.start.line - 1 : bodyLine, message });
    switch (node.type) {
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
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && !SAFE_URL.test(normaliseUrl(node.url))) say(checkText.unsafeUrl(node.url));
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
