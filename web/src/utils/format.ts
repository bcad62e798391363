const LOCALE = undefined; // the browser's

/** Intl formatters are slow to build (a list of 20 cards built ~100 of them): make each once. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const numberFormat = once(() => new Intl.NumberFormat(LOCALE));
const relativeFormat = once(() => new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' }));
const longDateFormat = once(() => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long' }));

/** "1 vote", "26 votes", "1,204 comments". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat().format(count)} ${count === 1 ? singular : plural}`;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "last week", "just now". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return '';
  const format = relativeFormat();
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** Full date for tooltips and `<time>` titles, e.g. "12 March 2025". */
export function longDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : longDateFormat().format(date);
}

/** A share (0 to 1) as a whole percentage, rounded down so that only a full share reads "100%". */
export function percentDown(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  return `${Math.floor(clamped * 100 + 1e-9)}%`;
}
