/** One content mistake, located so a press officer can find and fix it. */
export interface Problem {
  /** Path of the file, relative to the project root (or absolute when outside it). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Field path such as `awards[0].year`, when the problem is about one field. */
  field?: string;
  /** Plain Vietnamese: what is wrong and what to write instead. */
  message: string;
}

/** Formats a zod-style path as `awards[0].year`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** The path without array indexes, `awards.year`, for looking up labels. */
export function labelKey(path: readonly PropertyKey[]): string {
  return path.filter((key) => typeof key !== 'number').map(String).join('.');
}
