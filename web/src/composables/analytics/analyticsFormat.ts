import type { BoardAnalyticsQuery } from '@/graphql/generated/graphql';
import { countLabel } from '@/utils/format';

export type BoardAnalytics = BoardAnalyticsQuery['boardAnalytics'];

/** One chart (and its table alternative): category labels and one or more number series. */
export interface ChartSeries {
  labels: string[];
  datasets: Array<{ label: string; data: number[]; colorToken: string }>;
}

const number = (value: number, locale?: string) => new Intl.NumberFormat(locale).format(value);

/** "2 Mar" for a week starting on that Monday (UTC). */
export function weekLabel(weekStart: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(weekStart),
  );
}

/** Ideas, votes and comments per week. */
export function weeklySeries(a: BoardAnalytics, locale?: string): ChartSeries {
  return {
    labels: a.weeks.map((w) => weekLabel(w.weekStart, locale)),
    datasets: [
      { label: 'Ideas', data: a.weeks.map((w) => w.ideas), colorToken: '--color-chart-1' },
      { label: 'Votes', data: a.weeks.map((w) => w.votes), colorToken: '--color-chart-2' },
      { label: 'Comments', data: a.weeks.map((w) => w.comments), colorToken: '--color-chart-3' },
    ],
  };
}

export function funnelSeries(a: BoardAnalytics): ChartSeries {
  const { submitted, reachedPlanned, reachedDone } = a.funnel;
  return {
    labels: ['Submitted', 'Reached Planned', 'Reached Done'],
    datasets: [{ label: 'Ideas', data: [submitted, reachedPlanned, reachedDone], colorToken: '--color-chart-1' }],
  };
}

export function memberSeries(a: BoardAnalytics): ChartSeries {
  const { active, new: fresh, returning } = a.members;
  return {
    labels: ['Active', 'New', 'Returning'],
    datasets: [{ label: 'Members', data: [active, fresh, returning], colorToken: '--color-chart-2' }],
  };
}

export interface Totals {
  ideas: number;
  votes: number;
  comments: number;
}

export function totals(a: BoardAnalytics): Totals {
  return a.weeks.reduce(
    (sum, w) => ({ ideas: sum.ideas + w.ideas, votes: sum.votes + w.votes, comments: sum.comments + w.comments }),
    { ideas: 0, votes: 0, comments: 0 },
  );
}

/** Nothing happened on the board in the period (and nothing is open to rank): show the empty state. */
export function isEmpty(a: BoardAnalytics): boolean {
  const t = totals(a);
  return t.ideas + t.votes + t.comments === 0 && a.members.active === 0 && a.mostWanted.length === 0;
}

/** A screen-reader summary of a series, e.g. "Votes: 1,204 in total, most in the week of 2 Mar (310)". */
export function describeSeries(series: ChartSeries, unit: 'week' | 'bar', locale?: string): string {
  return series.datasets
    .map((d) => {
      if (unit === 'bar')
        return series.labels.map((label, i) => `${label} ${number(d.data[i] ?? 0, locale)}`).join(', ');
      const total = d.data.reduce((sum, v) => sum + v, 0);
      if (total === 0) return `${d.label}: none`;
      const peak = d.data.indexOf(Math.max(...d.data));
      return `${d.label}: ${number(total, locale)} in total, most in the week of ${series.labels[peak]} (${number(d.data[peak] ?? 0, locale)})`;
    })
    .join('. ');
}

/** "12 hours", "3.5 days"; undefined when there is no median. */
export function formatDuration(hours: number | null | undefined, locale?: string): string | undefined {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return undefined;
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}${value === 1 ? '' : 's'}`;
  if (hours < 1) return format(Math.max(1, Math.round(hours * 60)), 'minute');
  if (hours < 48) return format(Math.round(hours * 10) / 10, 'hour');
  return format(Math.round((hours / 24) * 10) / 10, 'day');
}

/** "33%"; undefined without a share. */
export function formatShare(share: number | null | undefined, locale?: string): string | undefined {
  if (share === null || share === undefined) return undefined;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The response figures in plain words, one sentence each. */
export function responseSentences(a: BoardAnalytics, locale?: string): string[] {
  const submitted = a.funnel.submitted;
  if (submitted === 0) return ['No ideas were submitted in this period, so there are no response times yet.'];
  const first = formatDuration(a.medianHoursToFirstResponse, locale);
  const done = formatDuration(a.medianHoursToDone, locale);
  const share = formatShare(a.answeredWithin7DaysShare, locale);
  return [
    first
      ? `Half of the ideas that got a first response from the team got it within ${first}.`
      : 'None of the ideas submitted in this period has had a response from the team yet.',
    share ? `${share} of the ${number(submitted, locale)} new ideas were answered within 7 days.` : '',
    done
      ? `Ideas that were done took ${done} from submission to done (median).`
      : 'None of the ideas submitted in this period is done yet.',
  ].filter(Boolean);
}

/** "3 ideas · 5 comments · 12 votes", leaving out zeros (but never empty). */
export function contributionSummary(c: { ideas: number; comments: number; votes: number }): string {
  const parts = [
    [c.ideas, 'idea'],
    [c.comments, 'comment'],
    [c.votes, 'vote'],
  ] as const;
  const shown = parts.filter(([count]) => count > 0);
  return (shown.length ? shown : parts.slice(0, 1)).map(([count, unit]) => countLabel(count, unit)).join(' · ');
}
