import type { OgCardData } from './og-card.ts';
import type { OgCardFormat } from './og-image.ts';
import type { RadioStory } from './radio-text.ts';

/**
 * Files a profile offers besides its page (og.png or og.jpg, anh-bia.jpg, qr.svg, ban-tin.txt, and the
 * embed card's page when it shows no cover, src/lib/embed-card.ts). In `astro dev`
 * their routes answer them one by one. In a build, the routes hand them here instead and
 * a worker thread writes them straight into the output folder while Astro renders the
 * pages: drawing 1,000 cards inside the renderer took ~14 s of a 1,000-story build
 * (src/integrations/press-files.ts starts the worker and waits for it).
 */
export type PressFile =
  | { kind: 'og'; file: string; format: OgCardFormat; card: OgCardData; coverPath?: string }
  | { kind: 'cover'; file: string; sourcePath: string }
  | { kind: 'qr'; file: string; url: string }
  /** The body is read from the story's file, which must still have the digest the loader checked. */
  | { kind: 'radio'; file: string; story: RadioStory; storyPath: string; textDigest: string; url: string }
  /** Made already (an embed card without a cover, src/lib/embed-card.ts): only written. */
  | { kind: 'text'; file: string; text: string };

export interface PressFileSink {
  /** The build's `site` (from SITE_URL), for the URLs inside the files. */
  site: string;
  add(files: PressFile[]): void;
}

/** Shared by the integration (loaded by Node) and the routes (bundled by Vite): one process, two module copies. */
const KEY = Symbol.for('dien-hinh.press-files');

/** Where routes hand their files during a build; undefined in `astro dev` and tests. */
export function pressFileSink(): PressFileSink | undefined {
  return (globalThis as { [KEY]?: PressFileSink })[KEY];
}

export function setPressFileSink(sink: PressFileSink | undefined): void {
  (globalThis as { [KEY]?: PressFileSink })[KEY] = sink;
}
