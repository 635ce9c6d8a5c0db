const long = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** "15 tháng 3, 2024": a date-only value, read in UTC so no time zone shifts the day. */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** "15/03/2024". */
export function formatShortDate(date: Date): string {
  return short.format(date);
}

/** "2024-03-15", for `<time datetime>` and machine-readable outputs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
