/**
 * Runs on /quan-tri/ after Sveltia's script and before it starts (module scripts run
 * before DOMContentLoaded, which Sveltia waits for): the preview of a story in the
 * profile page's structure and the site's own stylesheet. The interface's language
 * follows the browser's (Sveltia keeps the officer's choice in its own settings).
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

cms?.registerPreviewStyle(previewCss);
if (cms && h) cms.registerPreviewTemplate(STORY_COLLECTION, storyPreview(h));
