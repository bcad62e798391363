import type { NotificationItem } from '@/stores/notifications';

/** Where a notification leads in the app: its idea, at the comment when there is one. */
export function notificationPath(notification: Pick<NotificationItem, 'idea' | 'commentId'>): string {
  if (!notification.idea) return '/notifications';
  const anchor = notification.commentId ? `#comment-${notification.commentId}` : '';
  return `/ideas/${notification.idea.id}${anchor}`;
}
