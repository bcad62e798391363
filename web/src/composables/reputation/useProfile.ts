import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { UserAnswersDocument, UserIdeasDocument, UserProfileDocument } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';
import { useQuery } from '../useQuery';
import { badgeStates } from './badges';

export const PROFILE_PAGE_SIZE = 10;

const EMPTY = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** A member's public profile; `user` is null once loaded when there is no such member. */
export function useProfile(id: MaybeRefOrGetter<string>) {
  const query = useQuery(UserProfileDocument, () => ({ id: toValue(id) }));
  const user = computed(() => (query.data.value ? query.data.value.user : undefined));
  const badges = computed(() =>
    query.data.value?.user ? badgeStates(query.data.value.badgeCatalog, query.data.value.user.badges) : [],
  );
  return { ...query, user, badges };
}

/** Their ideas on boards the viewer may see, newest first, a page at a time. */
export function useProfileIdeas(id: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    UserIdeasDocument,
    () => ({ id: toValue(id), first: PROFILE_PAGE_SIZE }),
    (result) => result.user?.ideas ?? EMPTY,
  );
}

/** Their helpful answers, most recently marked first, a page at a time. */
export function useProfileAnswers(id: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    UserAnswersDocument,
    () => ({ id: toValue(id), first: PROFILE_PAGE_SIZE }),
    (result) => result.user?.answers ?? EMPTY,
  );
}
