import HinhAnh from './HinhAnh.astro';
import TrichDan from './TrichDan.astro';
import Video from './Video.astro';

/** The components stories may use without importing (see src/content-rules/story-components.ts). */
export const storyComponents = { TrichDan, HinhAnh, Video };
