import { z } from 'astro/zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Turns `YYYY-MM-DD` into a Date at UTC midnight, or undefined when it is not a real day. */
export function parseIsoDay(text: string): Date | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/**
 * A calendar day written `YYYY-MM-DD`. YAML parsers may hand us a Date (unquoted)
 * or a string (quoted); both become a Date at UTC midnight.
 */
export const dateOnlySchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else {
    const parsed = parseIsoDay(value.trim());
    if (parsed) return parsed;
  }
  ctx.addIssue({ code: 'custom', params: { rule: 'date' }, input: value });
  return z.NEVER;
});

/** Today's date in Việt Nam (UTC+7) as `YYYY-MM-DD`: the day a story may be published at the earliest. */
export function vietnamToday(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}
