/**
 * The live preview of a story inside the editor: the profile page's own structure and
 * class names (src/pages/dien-hinh/[slug]/index.astro), styled by the site's stylesheet,
 * so an officer sees roughly what readers will. Written with Sveltia's `h` (React's
 * createElement, which Sveltia provides for custom previews).
 */
import { vi } from '../../i18n/vi.ts';

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What Sveltia hands a preview template (the parts used here). */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): unknown;
  /** Each item of a list field: its data, and each subfield's rendered preview. */
  widgetsFor(name: string): { getIn(path: string[]): unknown }[] | undefined;
  /** A picture by its path; undefined while an upload is not yet known by that path. */
  getAsset(path: string): unknown;
}

/** A plain value from the entry (lists and objects arrive as Immutable collections). */
function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function storyPreview(h: H) {
  return function StoryPreview({ entry, widgetFor, widgetsFor, getAsset }: PreviewProps) {
    const get = (key: string) => plain(entry.getIn(['data', key]));
    const subject = (get('subject') ?? {}) as { kind?: keyof typeof vi.kinds; name?: string };
    const practices = ((get('practices') as unknown[]) ?? []).map(text).filter(Boolean);
    const cover = text(get('cover'));
    const asset = cover ? getAsset(cover) : undefined;
    const awards = (widgetsFor('awards') ?? []).map((item) =>
      h(
        'li',
        { className: 'award' },
        h('span', { className: 'award-name' }, item.getIn(['widgets', 'award'])),
        h('span', { className: 'award-year' }, String(item.getIn(['data', 'year']) ?? '')),
        h('span', { className: 'award-decision' }, text(item.getIn(['data', 'decision']))),
      ),
    );
    const eyebrow = [subject.kind ? vi.kinds[subject.kind] : '', widgetFor('field'), widgetFor('locality')];
    return h(
      'article',
      { className: 'wrap profile' },
      h(
        'div',
        { className: 'profile-grid' },
        h(
          'div',
          { className: 'profile-main' },
          h(
            'header',
            { className: 'profile-header' },
            // Sveltia draws a relation's preview as a block, hence a div rather than the page's p.
            h('div', { className: 'eyebrow' }, ...eyebrow.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))),
            h('h1', null, text(get('title'))),
            h('p', { className: 'lead' }, text(get('summary'))),
          ),
          cover &&
            h(
              'figure',
              { className: 'cover' },
              asset ? h('img', { src: String(asset), alt: text(get('coverAlt')) }) : widgetFor('cover'),
              h('figcaption', null, text(get('coverCredit'))),
            ),
          h('div', { className: 'prose' }, widgetFor('body')),
          practices.length > 0 &&
            h(
              'section',
              { className: 'practices' },
              h('h2', null, vi.story.practices),
              h('p', null, vi.story.practicesIntro),
              h('ol', null, ...practices.map((p) => h('li', null, p))),
            ),
        ),
        h(
          'aside',
          { className: 'profile-aside', 'aria-label': vi.story.facts },
          h('section', null, h('h2', null, vi.story.awards), h('ol', { className: 'award-list', role: 'list' }, ...awards)),
          h('section', null, h('h2', null, vi.editor.fields.subject.label), text(subject.name)),
        ),
      ),
    );
  };
}
