import { checkText, fieldLabels } from '../../i18n/check.ts';
import type { Vocabularies } from '../../lib/vocabularies.ts';
import type { Kind } from '../../schemas/kind.ts';
import { formatPath, type Problem } from '../problem.ts';
import type { LooseStory } from './loose.ts';

/** Each award must be one that the subject's kind can receive (no flag for a person). */
export function checkAwardKinds(
  story: LooseStory,
  vocabularies: Vocabularies,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  const kind = story.kind as Kind | undefined;
  if (!kind) return [];
  return story.awards.flatMap((id, index) => {
    const award = id === undefined ? undefined : vocabularies.awards.get(id);
    if (!award || award.kinds.includes(kind)) return [];
    const path = ['awards', index, 'award'];
    return [
      {
        file,
        line: lineOf(path),
        field: checkText.fieldPrefix(formatPath(path), fieldLabels['awards.award']),
        message: checkText.awardNotForKind(award.name, kind, award.kinds),
      },
    ];
  });
}
