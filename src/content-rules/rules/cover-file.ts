import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkText, fieldLabels } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';

/** A cover path must point at a file next to the story. */
export function checkCoverFile(
  cover: unknown,
  storyPath: string,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  if (typeof cover !== 'string') return [];
  if (existsSync(path.resolve(path.dirname(storyPath), cover))) return [];
  return [
    {
      file,
      line: lineOf(['cover']),
      field: checkText.fieldPrefix('cover', fieldLabels.cover),
      message: checkText.coverMissing(cover),
    },
  ];
}
