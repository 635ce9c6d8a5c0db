import type { z } from 'astro/zod';
import { checkText, fieldLabels } from '../i18n/check.ts';
import { toIdShape } from '../lib/fold.ts';
import { nearestId } from '../lib/nearest.ts';
import { ID_PATTERN } from '../schemas/id.ts';
import { STORY_ID_PATTERN } from '../schemas/permalink.ts';
import { formatPath, labelKey, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/** What the checker knows about valid values, to suggest the nearest one. */
export interface IssueHints {
  /** Keys allowed in the object at `path`. */
  keysAt?: (path: readonly PropertyKey[]) => readonly string[];
  /** Vocabulary ids allowed for the value at `path`. */
  idsAt?: (path: readonly PropertyKey[]) => readonly string[] | undefined;
}

/** Reads the value the writer typed at `path`. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function lengthOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

/** Vietnamese text for one zod issue. */
function messageFor(issue: Issue, found: unknown, hints: IssueHints): string {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? checkText.missing : checkText.wrongType(issue.expected, found);
    case 'too_small':
      if (issue.origin === 'string') return checkText.textTooShort(Number(issue.minimum), lengthOf(found));
      if (issue.origin === 'array') return checkText.listTooShort(Number(issue.minimum));
      return checkText.numberTooSmall(Number(issue.minimum), found);
    case 'too_big':
      if (issue.origin === 'string') return checkText.textTooLong(Number(issue.maximum), lengthOf(found));
      if (issue.origin === 'array') return checkText.listTooLong(Number(issue.maximum), lengthOf(found));
      return checkText.numberTooBig(Number(issue.maximum), found);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return checkText.notAllowed(found, allowed, nearestId(String(found), allowed));
    }
    case 'invalid_format':
      if (issue.format !== 'regex') return checkText.invalid;
      if (String(issue.pattern) === String(STORY_ID_PATTERN)) return checkText.storyIdShape(found);
      return checkText.notIdShape(found, suggestId(found, hints.idsAt?.(issue.path)));
    case 'unrecognized_keys':
      return checkText.unknownKey(
        issue.keys[0] ?? '',
        nearestId(issue.keys[0] ?? '', hints.keysAt?.(issue.path) ?? []),
      );
    case 'invalid_union':
      return found instanceof Date || typeof found === 'string'
        ? checkText.badDate(found)
        : checkText.wrongType('date', found);
    case 'custom':
      return customMessage(issue.params ?? {}, found);
    default:
      return checkText.invalid;
  }
}

/** The id the writer probably meant: the nearest known id, or the text put into id shape. */
function suggestId(found: unknown, ids: readonly string[] | undefined): string | undefined {
  if (typeof found !== 'string') return undefined;
  if (ids) return nearestId(found, ids);
  const shaped = toIdShape(found);
  return ID_PATTERN.test(shaped) ? shaped : undefined;
}

function customMessage(params: Record<string, unknown>, found: unknown): string {
  switch (params.rule) {
    case 'date':
      return checkText.badDate(found);
    case 'future-year':
      return checkText.futureYear(found);
    case 'required-with-cover':
      return checkText.requiredWithCover;
    case 'published-in-future':
      return checkText.publishedInFuture(found);
    case 'updated-before-published':
      return checkText.updatedBeforePublished;
    case 'award-after-published':
      return checkText.awardAfterPublished(found, Number(params.publishedYear));
    case 'required-when-former':
      return checkText.requiredWhenFormer;
    case 'required-when-withdrawn':
      return checkText.requiredWhenWithdrawn;
    case 'privacy-approval-file':
      return checkText.privacy.approvalFile(found);
    default:
      return checkText.invalid;
  }
}

/** Turns a zod error into located Vietnamese problems, one per issue. */
export function issuesToProblems(
  error: z.ZodError,
  source: YamlSource,
  file: string,
  hints: IssueHints = {},
): Problem[] {
  return error.issues.map((issue) => {
    const path =
      issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const found = valueAt(source.data, path);
    const label = fieldLabels[labelKey(path)];
    return {
      file,
      line: source.lineOf(path),
      field: checkText.fieldPrefix(formatPath(path), issue.code === 'unrecognized_keys' ? undefined : label),
      message: messageFor(issue, found, hints),
    };
  });
}
