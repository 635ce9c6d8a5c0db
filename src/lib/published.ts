/**
 * The one published filter: every list, page, feed and export goes through it,
 * so a draft can never appear anywhere.
 */
export function isPublished(story: { data: { draft?: boolean } }): boolean {
  return story.data.draft !== true;
}
