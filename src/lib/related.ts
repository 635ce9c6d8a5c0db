import type { Story } from './story.ts';

/**
 * Stories to read next: same field and place first, then same field, then same place,
 * newest first within each; never the story itself. `byField` and `byLocality` are the
 * site's groups (newest first), so the cost depends on those groups, not on the whole site.
 */
export function relatedStories<S extends Story>(
  story: S,
  byField: ReadonlyMap<string, readonly S[]>,
  byLocality: ReadonlyMap<string, readonly S[]>,
  count: number,
): S[] {
  const sameField = byField.get(story.field.id) ?? [];
  const sameLocality = byLocality.get(story.locality.id) ?? [];
  const both = sameField.filter((s) => s.locality.id === story.locality.id);
  const picked: S[] = [];
  for (const candidate of [...both, ...sameField, ...sameLocality]) {
    if (picked.length === count) break;
    if (candidate.slug !== story.slug && !picked.includes(candidate)) picked.push(candidate);
  }
  return picked;
}
