/**
 * Runs on /quan-tri/ after Sveltia's script and before it starts (module scripts run
 * before DOMContentLoaded, which Sveltia waits for): Vietnamese by default, and the
 * preview of a story in the profile page's structure and the site's own stylesheet.
 */
import './editor.css';
import { STORY_COLLECTION } from '../collection-names.ts';
import previewCss from './preview.css?url';
import { storyPreview, type PreviewProps } from './story-preview.ts';

interface SveltiaWindow {
  CMS?: {
    registerPreviewStyle(style: string): void;
    registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  };
  h?: Parameters<typeof storyPreview>[0];
}

const { CMS: cms, h } = window as unknown as SveltiaWindow;

/** Sveltia reads its language from these preferences, else from the browser's language. */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}') ?? {};
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage refused (private mode): the browser's language decides.
}

cms?.registerPreviewStyle(previewCss);
if (cms && h) cms.registerPreviewTemplate(STORY_COLLECTION, storyPreview(h));
