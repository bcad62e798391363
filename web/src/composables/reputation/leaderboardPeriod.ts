import type { LocationQuery } from 'vue-router';
import type { LeaderboardPeriod } from '@/graphql/generated/graphql';

export interface PeriodOption {
  value: LeaderboardPeriod;
  /** The `?period=` value; undefined for the default (a clean URL). */
  param: string | undefined;
  label: string;
}

export const LEADERBOARD_PERIODS: readonly PeriodOption[] = [
  { value: 'ALL_TIME', param: undefined, label: 'All time' },
  { value: 'LAST_30_DAYS', param: '30d', label: 'Last 30 days' },
];

/** The period a leaderboard URL asks for; anything unknown means all time. */
export function periodFromQuery(query: LocationQuery): LeaderboardPeriod {
  const param = Array.isArray(query.period) ? query.period[0] : query.period;
  return (
    LEADERBOARD_PERIODS.find((option) => option.param !== undefined && option.param === param)?.value ?? 'ALL_TIME'
  );
}

/** The query for `period`, other parameters kept. */
export function queryWithPeriod(query: LocationQuery, period: LeaderboardPeriod): LocationQuery {
  const { period: _old, ...rest } = query;
  const param = LEADERBOARD_PERIODS.find((option) => option.value === period)?.param;
  return param ? { ...rest, period: param } : rest;
}
