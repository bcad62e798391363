import { ideaPath } from '@/utils/paths';
import type { NotificationItem } from '@/stores/notifications';

/** Where a notification leads in the app: its idea, at the comment when there is one. */
export function notificationPath(notification: Pick<NotificationItem, 'idea' | 'commentId'>): string {
  if (!notification.idea) return '/notifications';
  return ideaPath(notification.idea.id, notification.commentId);
}
