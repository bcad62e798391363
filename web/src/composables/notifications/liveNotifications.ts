import {
  NotificationAddedDocument,
  type NotificationAddedSubscription,
  type NotificationFieldsFragment,
} from '@/graphql/generated/graphql';
import { subscribeLive, type LiveConnection } from '@/graphql/live';

export type { LiveConnection } from '@/graphql/live';

export interface LiveHandlers {
  onNotification: (notification: NotificationFieldsFragment) => void;
  /**
   * The socket is (again) connected: whatever arrived before it listened (the first time) or
   * while it was down (after a drop) was not pushed, so the caller reads the state again.
   */
  onConnected: () => void;
}

/**
 * Subscribes to `notificationAdded`; the caller also refetches the count on window focus, so a
 * socket that gave up only delays the badge.
 */
export function connectLiveNotifications(handlers: LiveHandlers): LiveConnection {
  return subscribeLive<NotificationAddedSubscription, Record<string, never>>(
    NotificationAddedDocument,
    {},
    {
      onData: (data) => handlers.onNotification(data.notificationAdded),
      onConnected: () => handlers.onConnected(),
    },
  );
}
