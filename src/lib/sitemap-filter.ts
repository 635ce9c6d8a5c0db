import { stripBase } from './base-path.ts';
import { paths } from './urls.ts';

/**
 * The sitemap's page filter. `gone` holds site paths without the base (moved and withdrawn
 * stories, replaced taxonomy ids: they answer, but are not pages to index), while the
 * sitemap hands over full URLs with the base, so the base comes off before comparing.
 * Embed cards are left out too, and so is the form editor for press officers (/quan-tri/)
 * with everything served under it.
 */
export function sitemapFilter(gone: ReadonlySet<string>, base: string): (page: string) => boolean {
  return (page) => {
    const sitePath = stripBase(new URL(page).pathname, base);
    return !gone.has(sitePath) && !sitePath.endsWith('/nhung/') && !sitePath.startsWith(paths.editor());
  };
}
