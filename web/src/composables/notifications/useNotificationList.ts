import { toValue, type MaybeRefOrGetter } from 'vue';
import { NotificationsDocument } from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The signed-in member's notifications, newest first, all or unread only, page by page. */
export function useNotificationList(unreadOnly: MaybeRefOrGetter<boolean>) {
  return usePagedQuery(
    NotificationsDocument,
    () => ({ first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: toValue(unreadOnly) }),
    (result) => result.notifications,
  );
}
