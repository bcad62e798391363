import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { BoardAnalyticsDocument } from '@/graphql/generated/graphql';
import { useQuery } from '../useQuery';
import { apiPeriod, type AnalyticsRange } from './analyticsRange';

/** A board's staff figures for a period (whole UTC days). */
export function useBoardAnalytics(slug: MaybeRefOrGetter<string>, range: MaybeRefOrGetter<AnalyticsRange>) {
  const query = useQuery(BoardAnalyticsDocument, () => ({ boardSlug: toValue(slug), ...apiPeriod(toValue(range)) }));
  return { ...query, analytics: computed(() => query.data.value?.boardAnalytics) };
}
