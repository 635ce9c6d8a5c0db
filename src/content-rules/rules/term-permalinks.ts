import { checkText } from '../../i18n/check.ts';
import { DATA_FILES } from '../../content-paths.ts';
import type { Vocabularies } from '../../lib/vocabularies.ts';
import { KINDS } from '../../schemas/kind.ts';
import { TERM_PATH } from '../../schemas/term-permalink.ts';
import { FIRST_AWARD_YEAR } from '../../schemas/story-award.ts';
import type { Problem } from '../problem.ts';

/** Which vocabulary file holds the ids of each taxonomy; kinds and years live in code. */
const SOURCES = {
  'linh-vuc': DATA_FILES.fields,
  'dia-phuong': DATA_FILES.localities,
  'khen-thuong': DATA_FILES.awards,
} as const;

/** Whether a taxonomy page path still names a term that exists. */
export function termExists(termPath: string, vocabularies: Vocabularies): boolean {
  const [, taxonomy, id] = TERM_PATH.exec(termPath) ?? [];
  switch (taxonomy) {
    case 'linh-vuc':
      return vocabularies.fields.has(id!);
    case 'dia-phuong':
      return vocabularies.localities.has(id!);
    case 'khen-thuong':
      return vocabularies.awards.has(id!);
    case 'doi-tuong':
      return (KINDS as readonly string[]).includes(id!);
    case 'nam':
      return /^\d{4}$/.test(id!) && Number(id) >= FIRST_AWARD_YEAR && Number(id) <= new Date().getUTCFullYear();
    default:
      return false;
  }
}

/**
 * A published taxonomy page may not lose its term: removing or renaming its id would
 * break the link, unless the entry says which page replaces it (`redirectTo`).
 */
export function checkTermPermalinks(
  vocabularies: Vocabularies,
  file: string,
  lineOf: (termPath: string) => number | undefined,
): Problem[] {
  const kept = [...vocabularies.termPermalinks].flatMap((termPath) => {
    if (termExists(termPath, vocabularies)) return [];
    const [, taxonomy, id] = TERM_PATH.exec(termPath) ?? [];
    const source = SOURCES[taxonomy as keyof typeof SOURCES];
    return [{ file, line: lineOf(termPath), message: checkText.termGone(termPath, id ?? '', source) }];
  });
  const redirected = [...vocabularies.termRedirects].flatMap(([from, to]) => {
    if (termExists(from, vocabularies)) return [{ file, line: lineOf(from), message: checkText.termRedirectStillExists(from) }];
    const sameTaxonomy = TERM_PATH.exec(from)?.[1] === TERM_PATH.exec(to)?.[1];
    if (!sameTaxonomy || !termExists(to, vocabularies)) return [{ file, line: lineOf(from), message: checkText.termRedirectTarget(to) }];
    return [];
  });
  return [...kept, ...redirected];
}
