import { absoluteUrl } from './absolute-url.ts';
import { coverFile, type CoverFile } from './cover-file.ts';
import { ogCardFile, pressPaths, type OgCardFile } from './press-urls.ts';
import type { Story } from './story.ts';
import { paths } from './urls.ts';

/** Absolute URLs of everything a profile publishes, on the canonical origin. */
export interface StoryUrls {
  story: Story;
  url: string;
  /** The Open Graph card: og.png, or og.jpg for a story with a cover ({@link ogCardFile}). */
  ogImage: { url: string; file: OgCardFile };
  qr: string;
  radio: string;
  embed: string;
  cover?: { url: string; file: CoverFile };
}

/** A profile's canonical URL: what its QR code, radio text, embed card and correction link point to. */
export function storyUrl(slug: string, site: URL | string | undefined): string {
  return absoluteUrl(paths.story(slug), site);
}

/** The absolute URLs of a profile and its press kit; `site` is `Astro.site`. */
export function storyUrls(story: Story, site: URL | undefined): StoryUrls {
  const abs = (path: string) => absoluteUrl(path, site);
  return {
    story,
    url: storyUrl(story.slug, site),
    ogImage: { url: abs(ogCardFile(story).path), file: ogCardFile(story) },
    qr: abs(pressPaths.qr(story.slug)),
    radio: abs(pressPaths.radio(story.slug)),
    embed: abs(pressPaths.embed(story.slug)),
    ...(story.cover ? { cover: { url: abs(pressPaths.cover(story.slug)), file: coverFile(story.slug, story.cover) } } : {}),
  };
}
