import { checkText, fieldLabels } from '../../i18n/check.ts';
import { DATA_FILES } from '../../content-paths.ts';
import { nearestId } from '../../lib/nearest.ts';
import type { Vocabularies } from '../../lib/vocabularies.ts';
import type { Problem } from '../problem.ts';
import { formatPath } from '../problem.ts';
import type { LooseStory } from './loose.ts';

type Located = (path: readonly PropertyKey[]) => number;

/** Every vocabulary id a story names must exist in its data file. */
export function checkReferences(
  story: LooseStory,
  vocabularies: Vocabularies,
  file: string,
  lineOf: Located,
): Problem[] {
  const refs: { path: PropertyKey[]; id: string | undefined; vocabulary: 'fields' | 'localities' | 'movements' | 'awards' }[] = [
    { path: ['field'], id: story.field, vocabulary: 'fields' },
    { path: ['locality'], id: story.locality, vocabulary: 'localities' },
    { path: ['movement'], id: story.movement, vocabulary: 'movements' },
    ...story.awards.map((award, i) => ({ path: ['awards', i, 'award'], id: award, vocabulary: 'awards' as const })),
  ];
  return refs.flatMap(({ path, id, vocabulary }) => {
    const known = vocabularies[vocabulary];
    if (id === undefined || known.has(id)) return [];
    const label = fieldLabels[path.filter((k) => typeof k === 'string').join('.')];
    return [
      {
        file,
        line: lineOf(path),
        field: checkText.fieldPrefix(formatPath(path), label),
        message: checkText.unknownId(id, DATA_FILES[vocabulary], nearestId(id, [...known.keys()])),
      },
    ];
  });
}
