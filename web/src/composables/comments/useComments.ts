import { toValue, type MaybeRefOrGetter } from 'vue';
import { request } from '@/graphql/client';
import { invalidateQueries } from '@/graphql/cache';
import {
  DeleteCommentDocument,
  EditCommentDocument,
  IdeaCommentsDocument,
  PostCommentDocument,
  type CommentFieldsFragment,
  type PostCommentInput,
} from '@/graphql/generated/graphql';
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

export async function postComment(input: PostCommentInput): Promise<CommentFieldsFragment> {
  const { postComment: comment } = await request(PostCommentDocument, { input });
  invalidateQueries();
  return comment;
}

export async function editComment(id: string, body: string): Promise<CommentFieldsFragment> {
  const { editComment: comment } = await request(EditCommentDocument, { input: { id, body } });
  invalidateQueries();
  return comment;
}

export async function deleteComment(id: string): Promise<void> {
  await request(DeleteCommentDocument, { id });
  invalidateQueries();
}

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
