import {
  ModerationQueueDocument,
  PendingIdeasDocument,
  type ModerationQueueQuery,
  type PendingIdeasQuery,
} from '@/graphql/generated/graphql';
import { usePagedQuery } from '../usePagedQuery';

export type ModerationItem = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];
export type PendingIdea = PendingIdeasQuery['pendingIdeas']['edges'][number]['node'];

export const QUEUE_PAGE_SIZE = 20;

/** Flagged ideas and comments, one entry per item, oldest flag first. */
export function useModerationQueue() {
  return usePagedQuery(ModerationQueueDocument, { first: QUEUE_PAGE_SIZE }, (result) => result.moderationQueue);
}

/** Ideas of pre-moderated boards waiting for approval, oldest first. */
export function usePendingIdeas() {
  return usePagedQuery(PendingIdeasDocument, { first: QUEUE_PAGE_SIZE }, (result) => result.pendingIdeas);
}
