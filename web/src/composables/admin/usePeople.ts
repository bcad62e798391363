import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import {
  GrantBoardAccessDocument,
  PeopleDocument,
  RevokeBoardAccessDocument,
  SetUserRoleDocument,
  type PeopleQuery,
} from '@/graphql/generated/graphql';
import { useSuspendMember, useUnsuspendMember } from '../moderation/moderation';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export type Person = PeopleQuery['people'][number];

/** Admins: people matching `search`, and what an admin changes about them. */
export function usePeople(search: MaybeRefOrGetter<string>) {
  const query = useQuery(PeopleDocument, () => ({ search: toValue(search) || null }));
  const changed = { invalidates: ['People'] as const };
  return {
    ...query,
    people: computed(() => query.data.value?.people ?? []),
    setRole: useMutation(SetUserRoleDocument, changed),
    grant: useMutation(GrantBoardAccessDocument, changed),
    revoke: useMutation(RevokeBoardAccessDocument, changed),
    suspend: useSuspendMember(),
    lift: useUnsuspendMember(),
  };
}
