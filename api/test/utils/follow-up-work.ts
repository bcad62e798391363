import { JobQueue } from '../../src/core/jobs/job-queue.js';
import type { TestAccount } from './accounts.js';
import type { TestApp } from './test-app.js';

export const SUBMIT = `mutation ($input: SubmitIdeaInput!) { submitIdea(input: $input) { id } }`;
export const VOTE = `mutation ($id: ID!) { castVote(ideaId: $id) { id voteCount } }`;
export const COMMENT = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id } }`;
export const STATUS = `mutation ($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id } }`;
export const NOTIFICATIONS = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind message detail statusName milestone commentId url read idea { id title } actor { id displayName } } }
  }
  unreadNotificationCount
}`;

export interface NotificationNode {
  id: string;
  kind: string;
  message: string;
  detail: string | null;
  statusName: string | null;
  milestone: number | null;
  commentId: string | null;
  url: string;
  read: boolean;
  idea: { id: string; title: string } | null;
  actor: { id: string; displayName: string } | null;
}

/** Runs a GraphQL operation and fails the test on any error. */
export async function ok<T = Record<string, unknown>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  who: TestAccount | { headers: Record<string, string> },
): Promise<T> {
  const response = await t.gql<T>(query, variables, who.headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

/** Waits until the follow-up jobs (follows, notifications, reputation, ...) have all run. */
export function settled(t: TestApp): Promise<void> {
  return t.app.get(JobQueue).drained();
}

export async function submitIdea(t: TestApp, who: TestAccount, title: string, boardSlug = 'feedback'): Promise<string> {
  const data = await ok<{ submitIdea: { id: string } }>(t, SUBMIT, { input: { boardSlug, title, body: '' } }, who);
  await settled(t);
  return data.submitIdea.id;
}

export async function notificationsOf(
  t: TestApp,
  who: TestAccount | { headers: Record<string, string> },
  variables: Record<string, unknown> = {},
): Promise<{
  nodes: NotificationNode[];
  totalCount: number;
  unread: number;
  endCursor: string | null;
  hasNextPage: boolean;
}> {
  const data = await ok<{
    notifications: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: NotificationNode }>;
    };
    unreadNotificationCount: number;
  }>(t, NOTIFICATIONS, variables, who);
  return {
    nodes: data.notifications.edges.map((e) => e.node),
    totalCount: data.notifications.totalCount,
    unread: data.unreadNotificationCount,
    endCursor: data.notifications.pageInfo.endCursor,
    hasNextPage: data.notifications.pageInfo.hasNextPage,
  };
}
