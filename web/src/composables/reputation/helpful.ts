import type { CommentNode } from '@/composables/comments/useComments';
import type { Role } from '@/graphql/generated/graphql';
import { commentAnchor } from '@/utils/paths';
import { isStaffRole } from '@/utils/roles';

interface MarkingViewer {
  id: string;
  role: Role;
}

/**
 * Whether `viewer` may mark (or unmark) `comment` as a helpful answer. The API's rule: staff
 * (moderators and up) or the idea's author, never on their own comment. Official answers already
 * stand out as the product team's word, so they are not offered the mark.
 */
export function canMarkHelpful(
  viewer: MarkingViewer | null | undefined,
  comment: Pick<CommentNode, 'deleted' | 'official' | 'author'>,
  ideaAuthorId: string | undefined,
): boolean {
  if (!viewer || comment.deleted || comment.official || !comment.author) return false;
  if (comment.author.id === viewer.id) return false;
  return isStaffRole(viewer.role) || viewer.id === ideaAuthorId;
}

/** Helpful answers among loaded comments and their replies, in thread order. */
export function helpfulAnswers(comments: readonly CommentNode[]): CommentNode[] {
  return comments.flatMap((comment) => [comment, ...(comment.replies ?? [])]).filter((c) => c.helpful && !c.deleted);
}

/** The element id of a comment: the anchor that links (profiles, notifications) jump to. */

/** Scrolls to a comment on the page and moves focus there; false when it isn't on the page. */
export function focusComment(commentId: string): boolean {
  const element = document.getElementById(commentAnchor(commentId));
  if (!element) return false;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
  return true;
}
