import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { AuditLogActorsDocument, AuditLogDocument } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';
import { useQuery } from '../useQuery';
import { auditVariables, type AuditFilters } from './auditEntries';

/** The audit log, newest first, filtered, a page at a time ("Load more"). */
export function useAuditLog(filters: MaybeRefOrGetter<AuditFilters>) {
  return usePagedQuery(
    AuditLogDocument,
    () => auditVariables(toValue(filters)),
    (data) => data.auditLog,
  );
}

/** Everyone with entries, for the actor filter. */
export function useAuditActors() {
  const query = useQuery(AuditLogActorsDocument, {});
  return computed(() => query.data.value?.auditLogActors ?? []);
}
