import { computed } from 'vue';
import { ViewerDocument, type Role, type ViewerQuery } from '@/graphql/generated/graphql';
import { hasRole } from '@/utils/roles';
import { useQuery } from '../useQuery';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/**
 * The signed-in account (null for visitors) and what it may do. A thin wrapper over the
 * `viewer` query, meant to be swapped for the session store once that lands.
 */
export function useViewer() {
  const query = useQuery(ViewerDocument, {});
  const viewer = computed(() => query.data.value?.viewer);
  const role = computed<Role | null>(() => viewer.value?.role ?? null);
  return {
    ...query,
    /** undefined while loading, null for visitors. */
    viewer,
    /** Moderators and above: the triage queue. */
    isModerator: computed(() => hasRole(role.value, 'MODERATOR')),
    /** Product managers and admins: status changes. */
    canChangeStatus: computed(() => hasRole(role.value, 'PRODUCT_MANAGER')),
    isAdmin: computed(() => hasRole(role.value, 'ADMIN')),
  };
}
