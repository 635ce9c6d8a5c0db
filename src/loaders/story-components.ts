import type { Element, ElementContent } from 'hast';
import type { StoryComponentName } from '../content-rules/story-components.ts';
import { vi } from '../i18n/vi.ts';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The address a video plays from: YouTube's privacy-enhanced domain, or Facebook's player. */
export function videoSrc(youtube: string | undefined, facebook: string | undefined): string {
  return youtube
    ? `https://www.youtube-nocookie.com/embed/${encodeURIComponent(youtube)}`
    : `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(`https://www.facebook.com/watch/?v=${facebook ?? ''}`)}`;
}

/**
 * The markup of each component a story may use (src/content-rules/story-components.ts
 * lists them and their attributes; the content check has refused anything else).
 */
const COMPONENTS: Record<StoryComponentName, (a: Record<string, string>, children: ElementContent[]) => Element> = {
  /** A pull quote: `<TrichDan nguoiNoi="…">…</TrichDan>`. */
  TrichDan: (a, children) =>
    el('figure', { className: ['pull-quote'] }, [el('blockquote', {}, children), ...(a.nguoiNoi ? [el('figcaption', {}, [text(a.nguoiNoi)])] : [])]),
  /** A photo with caption and credit: `<HinhAnh chuThich="…" nguon="…">![…](./anh.jpg)</HinhAnh>`. */
  HinhAnh: (a, children) =>
    el('figure', { className: ['story-figure'] }, [
      ...children,
      el('figcaption', {}, [
        text(`${a.chuThich ?? ''} `),
        el('span', { className: ['credit'] }, [el('span', { className: ['visually-hidden'] }, [text(`${vi.story.photoCredit}: `)]), text(a.nguon ?? '')]),
      ]),
    ]),
  /** A video by id only; nothing loads until the reader scrolls near it. */
  Video: (a) =>
    el('figure', { className: ['story-video'] }, [
      el('iframe', {
        src: videoSrc(a.youtube, a.facebook),
        title: a.tieuDe ?? '',
        loading: 'lazy',
        allow: 'encrypted-media; picture-in-picture; fullscreen',
        referrerPolicy: 'strict-origin-when-cross-origin',
      }),
      el('figcaption', {}, [text(a.tieuDe ?? '')]),
    ]),
};

/** The components' code and strings: part of the render version (./story-html.ts). */
export const STORY_COMPONENTS_SOURCE = [...Object.values(COMPONENTS), videoSrc].map(String).join('\n') + JSON.stringify(vi.story);

export function storyComponentHast(name: StoryComponentName, attributes: Record<string, string>, children: ElementContent[]): Element {
  return COMPONENTS[name](attributes, children);
}
