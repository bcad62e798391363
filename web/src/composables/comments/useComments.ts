import { toValue, type MaybeRefOrGetter } from 'vue';
import {
  DeleteCommentDocument,
  EditCommentDocument,
  IdeaCommentsDocument,
  PostCommentDocument,
  type CommentFieldsFragment,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { usePagedQuery } from '../usePagedQuery';

export type CommentNode = CommentFieldsFragment & { replies?: readonly CommentFieldsFragment[] };

export const COMMENTS_PAGE_SIZE = 30;

const EMPTY = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** An idea's top-level comments (each with its replies), a page at a time. */
export function useComments(ideaId: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    IdeaCommentsDocument,
    () => ({ ideaId: toValue(ideaId), first: COMMENTS_PAGE_SIZE }),
    (result) => result.idea?.comments ?? EMPTY,
  );
}

/**
 * What writing, editing or deleting a comment changes: the thread, the comment counts on the idea
 * and in lists, the writer's follow (commenting follows the idea) and the helpful answers shown.
 */
const COMMENT_INVALIDATES = [
  'IdeaComments',
  'IdeaDetail',
  'BoardIdeas',
  'UserIdeas',
  'IdeaFollowing',
  'UserAnswers',
] as const;

export const usePostComment = () => useMutation(PostCommentDocument, { invalidates: COMMENT_INVALIDATES });
export const useEditComment = () => useMutation(EditCommentDocument, { invalidates: COMMENT_INVALIDATES });
export const useDeleteComment = () => useMutation(DeleteCommentDocument, { invalidates: COMMENT_INVALIDATES });

/** A signed-out visitor's unsent comment, kept across the trip to the sign-in page. */
const draftKey = (ideaId: string) => `chorus:comment-draft:${ideaId}`;

export function saveDraft(ideaId: string, body: string): void {
  try {
    sessionStorage.setItem(draftKey(ideaId), body);
  } catch {
    // Storage unavailable (private mode): the draft is lost, the sign-in still works.
  }
}

export function takeDraft(ideaId: string): string {
  try {
    const body = sessionStorage.getItem(draftKey(ideaId)) ?? '';
    sessionStorage.removeItem(draftKey(ideaId));
    return body;
  } catch {
    return '';
  }
}
