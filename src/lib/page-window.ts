/** Where a pagination bar leaves page numbers out. */
export const GAP = 'gap';

/**
 * The page numbers a pagination bar shows: the first and last pages and those within
 * `reach` of the current one, in order, with {@link GAP} where numbers are left out (a gap
 * of a single page shows that page instead). A list of 417 pages gets 9 entries, not 417,
 * so the bar stays short on a phone and its size does not grow with the site.
 */
export function pageWindow(current: number, total: number, reach = 2): (number | typeof GAP)[] {
  const shown = (n: number) => n === 1 || n === total || Math.abs(n - current) <= reach;
  const entries: (number | typeof GAP)[] = [];
  for (let n = 1; n <= total; n++) {
    if (shown(n)) entries.push(n);
    else if (shown(n - 1) && shown(n + 1)) entries.push(n);
    else if (entries.at(-1) !== GAP) entries.push(GAP);
  }
  return entries;
}
