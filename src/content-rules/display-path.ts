import path from 'node:path';

/**
 * Shows paths relative to a folder (the working directory), with forward slashes, as
 * editors and CI annotations expect; a path outside it stays absolute.
 */
export const relativeTo = (cwd: string) => (file: string) => {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
};
