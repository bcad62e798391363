import { computed, effectScope, onScopeDispose, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import {
  CommentRepliesDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  IdeaCommentsDocument,
  PostCommentDocument,
  type CommentFieldsFragment,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { usePagedQuery, type PagedQueryState } from '../usePagedQuery';

/** A comment as a thread shows it: a top-level one comes with its first replies and their total. */
export type CommentNode = CommentFieldsFragment & { replies?: readonly CommentFieldsFragment[]; replyCount?: number };

export const COMMENTS_PAGE_SIZE = 30;
/** Replies loaded with each top-level comment; "show more" brings the rest. */
export const FIRST_REPLIES = 10;
export const REPLIES_PAGE_SIZE = 50;

const EMPTY = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** An idea's top-level comments (each with its first replies), a page at a time. */
export function useComments(ideaId: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    IdeaCommentsDocument,
    () => ({ ideaId: toValue(ideaId), first: COMMENTS_PAGE_SIZE, repliesFirst: FIRST_REPLIES }),
    (result) => {
      const comments = result.idea?.comments ?? EMPTY;
      return {
        ...comments,
        edges: comments.edges.map(({ cursor, node: { replyConnection, ...comment } }) => ({
          cursor,
          node: {
            ...comment,
            replies: replyConnection.edges.map((edge) => edge.node),
            replyCount: replyConnection.totalCount,
          } satisfies CommentNode,
        })),
      };
    },
  );
}

/**
 * A top-level comment's replies: the first ones come with the thread; `showMore` pages through
 * all of them (CommentReplies, started on the first click, refreshed with the thread).
 */
export function useReplies(comment: () => CommentNode) {
  const scope = effectScope();
  onScopeDispose(() => scope.stop());
  const all = shallowRef<PagedQueryState<CommentFieldsFragment>>();
  const shown = computed(() => all.value?.items.value ?? []);
  const items = computed(() => (shown.value.length ? shown.value : (comment().replies ?? [])));
  const total = computed(() =>
    all.value && !all.value.loading.value ? all.value.totalCount.value : (comment().replyCount ?? 0),
  );
  const opening = computed(() => all.value?.loading.value === true);

  function showMore(): void {
    if (all.value) {
      void all.value.loadMore();
      return;
    }
    all.value = scope.run(() =>
      usePagedQuery(
        CommentRepliesDocument,
        () => ({ id: comment().id, first: REPLIES_PAGE_SIZE }),
        (result) => result.comment?.replyConnection ?? EMPTY,
        // Whatever refreshes the thread (a new reply, moderation, a helpful mark) refreshes these.
        { keys: ['IdeaComments'] },
      ),
    );
  }

  return {
    items,
    /** Replies not shown yet. */
    remaining: computed(() => Math.max(total.value - items.value.length, 0)),
    loading: computed(() => opening.value || all.value?.loadingMore.value === true),
    error: computed(() => all.value?.error.value ?? all.value?.loadMoreError.value),
    showMore,
  };
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
