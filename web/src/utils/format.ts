/*
 * Words here are English, like every other word of the UI. Intl is kept for what differs by
 * locale within English text (digit grouping) and only where it changes the output: the first
 * Intl formatter a page builds loads ICU's locale data, ~50 ms of main thread here and ~190 ms at
 * Lighthouse's phone speed (4× slower CPU), which a board or idea page would pay while it mounts.
 */

let numberFormat: Intl.NumberFormat | undefined;

/** "26", "1,204" (grouped for the browser's locale). */
export function formatNumber(value: number): string {
  // Below 1000 an integer reads the same in every locale that writes Latin digits.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  numberFormat ??= new Intl.NumberFormat();
  return numberFormat.format(value);
}

/** "1 vote", "26 votes", "1,204 comments". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

const UNITS: ReadonlyArray<[TimeUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** What English says instead of "1 day ago" (as Intl.RelativeTimeFormat with numeric 'auto'). */
const NEIGHBOURS: Partial<Record<TimeUnit, { past: string; future: string }>> = {
  year: { past: 'last year', future: 'next year' },
  month: { past: 'last month', future: 'next month' },
  week: { past: 'last week', future: 'next week' },
  day: { past: 'yesterday', future: 'tomorrow' },
};

/** "3 days ago", "last week", "in 2 hours", "just now". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return '';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) < size) continue;
    const amount = Math.trunc(Math.abs(seconds) / size);
    const neighbour = amount === 1 ? NEIGHBOURS[unit] : undefined;
    if (neighbour) return seconds < 0 ? neighbour.past : neighbour.future;
    const span = countLabel(amount, unit);
    return seconds < 0 ? `${span} ago` : `in ${span}`;
  }
  return 'just now';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Full date in the viewer's time zone for tooltips and `<time>` titles, e.g. "March 12, 2025". */
export function longDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

/** A share (0 to 1) as a whole percentage, rounded down so that only a full share reads "100%". */
export function percentDown(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  return `${Math.floor(clamped * 100 + 1e-9)}%`;
}
