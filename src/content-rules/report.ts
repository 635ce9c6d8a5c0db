import { checkText } from '../i18n/check.ts';
import type { Problem } from './problem.ts';

/** One problem as people read it: `file:line  field: message`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}\n  ${field}${problem.message}`;
}

/** All problems, grouped by file, with a count at the end. */
export function formatReport(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file));
  return [...problems.map(formatProblem), '', checkText.summary(problems.length, files.size)].join('\n');
}

/** The GitHub Actions annotation for one problem (or, as `notice`, one thing to know). */
export function formatAnnotation(problem: Problem, level: 'error' | 'notice' = 'error'): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const line = problem.line ? `,line=${problem.line}` : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `::${level} file=${problem.file}${line}::${escape(field + problem.message)}`;
}
