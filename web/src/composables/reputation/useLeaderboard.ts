import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { LeaderboardDocument, type LeaderboardPeriod } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';

export const LEADERBOARD_SIZE = 25;

/** A board's top members for a period. */
export function useLeaderboard(boardSlug: MaybeRefOrGetter<string>, period: MaybeRefOrGetter<LeaderboardPeriod>) {
  const query = useQuery(LeaderboardDocument, () => ({
    boardSlug: toValue(boardSlug),
    period: toValue(period),
    first: LEADERBOARD_SIZE,
  }));
  return { ...query, entries: computed(() => query.data.value?.leaderboard ?? []) };
}
