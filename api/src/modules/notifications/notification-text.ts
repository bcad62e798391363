import { webUrls } from '../../core/web-urls.js';
import type { NotificationData } from './notification.model.js';
import { NotificationKind } from './notification.model.js';

/** One-line summary of a notification, shared by the bell and the e-mail subject lines. */
export function describeNotification(kind: NotificationKind | string, data: NotificationData): string {
  const title = `“${data.ideaTitle ?? 'an idea'}”`;
  const actor = data.actorName ?? 'Someone';
  switch (kind) {
    case NotificationKind.STATUS_CHANGED:
      return `${title} is now ${data.statusName ?? 'in a new status'}`;
    case NotificationKind.OFFICIAL_RESPONSE:
      return `The product team responded on ${title}`;
    case NotificationKind.REPLY:
      return `${actor} replied to your comment on ${title}`;
    case NotificationKind.MENTION:
      return `${actor} mentioned you on ${title}`;
    case NotificationKind.VOTE_MILESTONE:
      return `Your idea ${title} reached ${data.milestone ?? 'a milestone of'} votes`;
    case NotificationKind.IDEA_MERGED:
      return `“${data.mergedTitle ?? 'An idea you backed'}” was merged into ${title}; your vote counts there now`;
    case NotificationKind.CHANGELOG:
      return `Shipped: ${title}, which you backed, is in “${data.changelogTitle ?? 'the latest release'}”`;
    default:
      return `News on ${title}`;
  }
}

/** The longer text under the summary: the status note or the comment excerpt. */
export function detailOf(data: NotificationData): string | null {
  return data.note || data.excerpt || null;
}

export function notificationUrl(publicUrl: string, ideaId: string | null, commentId: string | null): string {
  return ideaId ? webUrls.idea(publicUrl, ideaId, commentId) : webUrls.notifications(publicUrl);
}
