import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The dashboard's period: whole UTC days (the API's weeks are UTC weeks), `to` included. */
export type RangePreset = '30d' | '90d' | '12m';

export interface AnalyticsRange {
  preset: RangePreset | 'custom';
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (included), YYYY-MM-DD. */
  to: string;
}

export const PRESETS: ReadonlyArray<{ value: RangePreset; label: string; days: number }> = [
  { value: '30d', label: 'Last 30 days', days: 30 },
  { value: '90d', label: 'Last 90 days', days: 90 },
  { value: '12m', label: 'Last 12 months', days: 365 },
];

/** The API refuses longer periods. */
export const MAX_DAYS = 731;
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const parseDay = (value: string) => (ISO_DAY.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);

function presetRange(preset: RangePreset, today: Date): AnalyticsRange {
  const days = PRESETS.find((p) => p.value === preset)!.days;
  return { preset, from: dayOf(new Date(today.getTime() - (days - 1) * DAY_MS)), to: dayOf(today) };
}

/** Field errors of a custom period, keyed `from` / `to`; empty when it is fine. */
export function validateCustom(from: string, to: string): Partial<Record<'from' | 'to', string>> {
  const start = parseDay(from);
  const end = parseDay(to);
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (!start || Number.isNaN(start.getTime())) errors.from = 'Enter a start date.';
  if (!end || Number.isNaN(end.getTime())) errors.to = 'Enter an end date.';
  if (errors.from || errors.to || !start || !end) return errors;
  if (end < start) return { to: 'The end date must be on or after the start date.' };
  if ((end.getTime() - start.getTime()) / DAY_MS + 1 > MAX_DAYS) return { to: 'Pick at most two years.' };
  return {};
}

/** The period in the URL (`?range=90d`, or `?from=…&to=…`); 30 days when absent or invalid. */
export function rangeFromQuery(query: LocationQuery, today = new Date()): AnalyticsRange {
  const from = typeof query.from === 'string' ? query.from : '';
  const to = typeof query.to === 'string' ? query.to : '';
  if (from && to && Object.keys(validateCustom(from, to)).length === 0) return { preset: 'custom', from, to };
  const preset = PRESETS.find((p) => p.value === query.range)?.value ?? '30d';
  return presetRange(preset, today);
}

/** The URL query for a period, keeping unrelated parameters. */
export function queryWithRange(
  query: LocationQuery,
  range: { preset: RangePreset } | AnalyticsRange,
): LocationQueryRaw {
  const { range: _range, from: _from, to: _to, ...rest } = query;
  if (range.preset !== 'custom') return range.preset === '30d' ? rest : { ...rest, range: range.preset };
  const custom = range as AnalyticsRange;
  return { ...rest, from: custom.from, to: custom.to };
}

/** The API's half-open period [from, to) in ISO timestamps. */
export function apiPeriod(range: AnalyticsRange): { from: string; to: string } {
  const end = new Date(`${range.to}T00:00:00Z`).getTime() + DAY_MS;
  return { from: `${range.from}T00:00:00.000Z`, to: new Date(end).toISOString() };
}

/** The CSV export of the same figures. */
export function csvUrl(slug: string, range: AnalyticsRange): string {
  const { from, to } = apiPeriod(range);
  return `/analytics/${encodeURIComponent(slug)}.csv?${new URLSearchParams({ from, to }).toString()}`;
}

/** "1 Mar – 30 Mar 2026", for the heading and announcements. */
export function describeRange(range: AnalyticsRange, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${range.from}T00:00:00Z`), new Date(`${range.to}T00:00:00Z`));
}
