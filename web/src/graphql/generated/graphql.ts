/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new staff-only note on an idea. */
export type AddInternalNoteInput = {
  /** Markdown, 1 to 5,000 characters after trimming. */
  body: string;
  /** The idea. */
  ideaId: string | number;
};

/** A recognition a member earns. */
export type BadgeKind =
  /** Submitted a first idea. */
  | 'FIRST_IDEA'
  /** Five comments marked as helpful answers. */
  | 'FIVE_HELPFUL_ANSWERS'
  /** Has an idea with 100 votes or more. */
  | 'HUNDRED_VOTES'
  /** Has an idea that was shipped (status Done). */
  | 'SHIPPED';

/** The address to move your account to, confirmed by your password. */
export type ChangeEmailInput = {
  /** Receives a link; the account moves there when it is opened. */
  newEmail: string;
  password: string;
};

/** Moves an idea to another of its board's statuses. */
export type ChangeIdeaStatusInput = {
  /** Idea to move. */
  ideaId: string | number;
  /** Why, as Markdown (at most 5,000 characters); shown in the history. */
  note?: string;
  /** Key of the new status, e.g. `planned`. */
  statusKey: string;
};

/** Your current password and the one to use from now on. */
export type ChangePasswordInput = {
  currentPassword: string;
  /** 8 to 200 characters. */
  newPassword: string;
};

/** A new board; it starts with the default statuses. */
export type CreateBoardInput = {
  /** What the board is for (Markdown), at most 2,000 characters. */
  description?: string;
  /** Private boards are visible only to staff and granted members. */
  isPrivate?: boolean;
  /** Display name, 1 to 80 characters. */
  name: string;
  /** URL handle: lower-case words of a-z and 0-9 joined by "-", at most 60 characters. */
  slug: string;
};

/** A new status on a board. */
export type CreateStatusInput = {
  /** Whether ideas in this status take new votes. */
  acceptsVotes?: boolean;
  /** Board to add the status to. */
  boardSlug: string;
  /** Badge colour as #rrggbb. */
  color: string;
  /** Whether this status ends the idea's journey. */
  isClosed?: boolean;
  /** Stable machine key: a-z first, then a-z, 0-9 or _, at most 40 characters. */
  key: string;
  /** Display name, 1 to 40 characters. */
  name: string;
  /** Order among the statuses; defaults to after the last one. */
  position?: number | null | undefined;
  /** Whether this status is a roadmap column. */
  showOnRoadmap?: boolean;
};

/** A new webhook endpoint. */
export type CreateWebhookInput = {
  /** Only events of this board; omitted or null: every board. */
  boardSlug?: string | null | undefined;
  /** A note for admins, at most 200 characters. */
  description?: string;
  /** Events to receive (at least one); see Webhook.events. */
  events: Array<string>;
  /** Payload format. */
  format?: WebhookFormat;
  /** https:// (or http://) URL to POST events to; private addresses are refused. */
  url: string;
};

/** Where a duplicate suggestion stands. */
export type DuplicateSuggestionState =
  /** Staff merged the ideas. */
  | 'ACCEPTED'
  /** Staff decided they are not duplicates. */
  | 'DISMISSED'
  /** Waiting for staff. */
  | 'OPEN';

/** New text for one of your comments. */
export type EditCommentInput = {
  /** Markdown, 1 to 5,000 characters after trimming. */
  body: string;
  /** The comment to edit. */
  id: string | number;
};

/** How often a member gets notification e-mail. */
export type EmailFrequency =
  /** One e-mail a day bundling the day’s notifications. */
  | 'DAILY_DIGEST'
  /** One e-mail per notification, as it happens (the default). */
  | 'IMMEDIATELY'
  /** No e-mail; notifications stay in the app. */
  | 'NEVER';

/** Flag an idea or a comment (exactly one of ideaId, commentId) for moderators. */
export type FlagContentInput = {
  /** The comment to flag. */
  commentId?: string | number | null | undefined;
  /** The idea to flag. */
  ideaId?: string | number | null | undefined;
  /** Optional details, at most 1,000 characters. */
  note?: string | null | undefined;
  /** Why. */
  reason: FlagReason;
};

/** Why a member flagged content. */
export type FlagReason =
  /** Insulting, hateful or harassing. */
  | 'ABUSIVE'
  /** Not about this product. */
  | 'OFF_TOPIC'
  /** Something else; see the note. */
  | 'OTHER'
  /** Advertising or junk. */
  | 'SPAM';

/** What kind of content was flagged. */
export type FlaggedItemKind =
  | 'COMMENT'
  | 'IDEA';

/** Order of an idea list. */
export type IdeaSort =
  /** Newest first. */
  | 'NEW'
  /** Oldest first: the triage queue (with `status`), who has waited longest. */
  | 'OLDEST'
  /** Most votes first. */
  | 'TOP'
  /** Recent activity first: votes and comments decayed by age (τ = 7 days). */
  | 'TRENDING';

/** Which points a leaderboard counts. */
export type LeaderboardPeriod =
  /** Every point ever earned on the board. */
  | 'ALL_TIME'
  /** Points awarded in the last 30 days. */
  | 'LAST_30_DAYS';

/** Merge the source idea into the target idea (a duplicate into the original). */
export type MergeIdeasInput = {
  /** The duplicate: it stops taking votes and shows "merged into" the target. */
  sourceId: string | number;
  /** The idea that receives the backing of the source. */
  targetId: string | number;
};

/** What a notification is about. */
export type NotificationKind =
  /** An idea you backed was merged into another one; your vote counts there now. */
  | 'IDEA_MERGED'
  /** Someone mentioned you as @Display Name in a comment. */
  | 'MENTION'
  /** The product team answered officially on an idea you follow. */
  | 'OFFICIAL_RESPONSE'
  /** Someone replied to your comment. */
  | 'REPLY'
  /** An idea you follow changed status (with the product team’s note). */
  | 'STATUS_CHANGED'
  /** Your idea reached 10, 50 or 100 votes. */
  | 'VOTE_MILESTONE';

/** How a member wants to be told. */
export type NotificationPreferencesInput = {
  /** How often notification e-mail is sent. */
  email: EmailFrequency;
};

/** A new comment on an idea, or a reply to a top-level comment. */
export type PostCommentInput = {
  /** Markdown, 1 to 5,000 characters after trimming. */
  body: string;
  /** The idea to comment on. */
  ideaId: string | number;
  /** Post as an official answer; only product managers and admins may. */
  official?: boolean;
  /** Top-level comment of the same idea to reply to (replies are one level deep). */
  parentId?: string | number | null | undefined;
};

/** What a person may do; each role includes the ones before it. */
export type Role =
  /** Also manages boards, statuses and roles. */
  | 'ADMIN'
  /** Proposes, votes and comments. */
  | 'MEMBER'
  /** Also keeps the conversation civil. */
  | 'MODERATOR'
  /** Also changes statuses and answers officially. */
  | 'PRODUCT_MANAGER';

/** Credentials of an existing account. */
export type SignInInput = {
  email: string;
  password: string;
};

/** A new account. */
export type SignUpInput = {
  /** Name shown to others, 1 to 50 characters. */
  displayName: string;
  /** E-mail address; unique regardless of case. */
  email: string;
  /** At least 8 characters. */
  password: string;
};

/** A new idea on a board. */
export type SubmitIdeaInput = {
  /** Board to post on. */
  boardSlug: string;
  /** Details as Markdown, at most 10,000 characters. */
  body?: string;
  /** Up to five tags of 1 to 30 characters from a-z, 0-9 and "-"; lower-cased, duplicates dropped. */
  tags?: Array<string>;
  /** Short summary, 4 to 120 characters after trimming. */
  title: string;
};

/** Changes to a board; omitted fields stay as they are. */
export type UpdateBoardInput = {
  /** Description (Markdown), at most 2,000 characters. */
  description?: string | null | undefined;
  /** Whether the board is private. */
  isPrivate?: boolean | null | undefined;
  /** Display name, 1 to 80 characters. */
  name?: string | null | undefined;
  /** New slug (same rules as on creation). */
  newSlug?: string | null | undefined;
  /** Current slug of the board to change. */
  slug: string;
};

/** What others see of you. */
export type UpdateProfileInput = {
  /** Name shown to others, 1 to 50 characters. */
  displayName: string;
};

/** Changes to a status; the key never changes. Omitted fields stay as they are. */
export type UpdateStatusInput = {
  /** Whether ideas in this status take new votes. */
  acceptsVotes?: boolean | null | undefined;
  /** Badge colour as #rrggbb. */
  color?: string | null | undefined;
  /** Status to change. */
  id: string | number;
  /** Whether this status ends the idea's journey. */
  isClosed?: boolean | null | undefined;
  /** Display name, 1 to 40 characters. */
  name?: string | null | undefined;
  /** Order among the statuses. */
  position?: number | null | undefined;
  /** Whether this status is a roadmap column. */
  showOnRoadmap?: boolean | null | undefined;
};

/** Changes to a webhook endpoint; omitted fields stay as they are. */
export type UpdateWebhookInput = {
  /** A board slug; null: every board; omitted: unchanged. */
  boardSlug?: string | null | undefined;
  /** New note. */
  description?: string | null | undefined;
  /** New event list (replaces the old one). */
  events?: Array<string> | null | undefined;
  /** New payload format. */
  format?: WebhookFormat | null | undefined;
  /** Endpoint to change. */
  id: string | number;
  /** true pauses the endpoint; false resumes it. */
  paused?: boolean | null | undefined;
  /** New URL. */
  url?: string | null | undefined;
};

/** How events are posted to the endpoint. */
export type WebhookFormat =
  /** A readable line as `{ text }`, for a Slack (or compatible) incoming-webhook URL; unsigned. */
  | 'SLACK'
  /** Versioned JSON `{ type, version, timestamp, data }`, signed per Standard Webhooks. */
  | 'STANDARD';

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, createdAt: string, expiresAt: string, userAgent: string | null, current: boolean }> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, role: Role } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string } };

export type CreateBoardMutationVariables = Exact<{
  input: CreateBoardInput;
}>;


export type CreateBoardMutation = { createBoard: { id: string, slug: string, name: string, description: string, isPrivate: boolean } };

export type UpdateBoardMutationVariables = Exact<{
  input: UpdateBoardInput;
}>;


export type UpdateBoardMutation = { updateBoard: { id: string, slug: string, name: string, description: string, isPrivate: boolean } };

export type BoardAnalyticsQueryVariables = Exact<{
  boardSlug: string;
  from: string;
  to: string;
}>;


export type BoardAnalyticsQuery = { boardAnalytics: { from: string, to: string, medianHoursToFirstResponse: number | null, medianHoursToDone: number | null, answeredWithin7DaysShare: number | null, weeks: Array<{ weekStart: string, ideas: number, votes: number, comments: number }>, members: { active: number, new: number, returning: number }, topContributors: Array<{ ideas: number, comments: number, votes: number, user: { id: string, displayName: string } | null }>, funnel: { submitted: number, reachedPlanned: number, reachedDone: number }, mostWanted: Array<{ id: string, title: string, voteCount: number, status: { key: string, name: string, color: string } }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: string, subjectType: string, subjectId: string | null, before: string | null, after: string | null, createdAt: string, actor: { id: string, displayName: string, role: Role } | null, idea: { id: string, title: string } | null, subjectUser: { id: string, displayName: string } | null } }> } };

export type AuditLogActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogActorsQuery = { auditLogActors: Array<{ id: string, displayName: string }> };

export type BoardQueryVariables = Exact<{
  slug: string;
}>;


export type BoardQuery = { board: { id: string, slug: string, name: string, description: string, isPrivate: boolean, statuses: Array<{ id: string, key: string, name: string }> } | null };

export type BoardSummaryFragment = { id: string, slug: string, name: string, description: string, isPrivate: boolean };

export type BoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsQuery = { boards: Array<{ id: string, slug: string, name: string, description: string, isPrivate: boolean }> };

export type CommentFieldsFragment = { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null };

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: boolean };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null } };

export type IdeaCommentsQueryVariables = Exact<{
  ideaId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type IdeaCommentsQuery = { idea: { id: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, replies: Array<{ id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null }>, author: { id: string, displayName: string, role: Role } | null } }> } } | null };

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;


export type PostCommentMutation = { postComment: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null } };

export type BoardFollowingQueryVariables = Exact<{
  slug: string;
}>;


export type BoardFollowingQuery = { board: { id: string, name: string, viewerIsFollowing: boolean } | null };

export type FollowBoardMutationVariables = Exact<{
  boardSlug: string;
}>;


export type FollowBoardMutation = { followBoard: { id: string, viewerIsFollowing: boolean } };

export type FollowIdeaMutationVariables = Exact<{
  ideaId: string | number;
}>;


export type FollowIdeaMutation = { followIdea: { id: string, viewerIsFollowing: boolean, followerCount: number } };

export type IdeaFollowingQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaFollowingQuery = { idea: { id: string, viewerIsFollowing: boolean, followerCount: number } | null };

export type UnfollowBoardMutationVariables = Exact<{
  boardSlug: string;
}>;


export type UnfollowBoardMutation = { unfollowBoard: { id: string, viewerIsFollowing: boolean } };

export type UnfollowIdeaMutationVariables = Exact<{
  ideaId: string | number;
}>;


export type UnfollowIdeaMutation = { unfollowIdea: { id: string, viewerIsFollowing: boolean, followerCount: number } };

export type BoardIdeasQueryVariables = Exact<{
  boardSlug: string;
  sort: IdeaSort;
  status?: string | null | undefined;
  tag?: string | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BoardIdeasQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean } } }> } };

export type IdeaDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaDetailQuery = { idea: { bodyHtml: string, updatedAt: string, backersNotifiedShare: number | null, id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, hidden: boolean, pending: boolean, commentsLocked: boolean, board: { id: string, slug: string, name: string, statuses: Array<{ id: string, key: string, name: string, color: string, acceptsVotes: boolean }> }, statusHistory: Array<{ id: string, at: string, note: string, noteHtml: string, from: { key: string, name: string, color: string } | null, to: { key: string, name: string, color: string }, by: { id: string, displayName: string, role: Role } }>, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean }, mergedInto: { id: string, title: string, voteCount: number } | null, mergedIdeas: Array<{ id: string, title: string, voteCount: number }> } | null };

export type IdeaSummaryFragment = { id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean } };

export type SimilarIdeasQueryVariables = Exact<{
  boardSlug: string;
  text: string;
  first: number;
}>;


export type SimilarIdeasQuery = { similarIdeas: Array<{ id: string, title: string, voteCount: number, viewerHasVoted: boolean, status: { key: string, name: string, color: string, acceptsVotes: boolean } }> };

export type SubmitIdeaMutationVariables = Exact<{
  input: SubmitIdeaInput;
}>;


export type SubmitIdeaMutation = { submitIdea: { id: string } };

export type AddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type AddInternalNoteMutation = { addInternalNote: { id: string, bodyHtml: string, createdAt: string, author: { id: string, displayName: string, role: Role } | null } };

export type IdeaInternalNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaInternalNotesQuery = { idea: { id: string, internalNotes: Array<{ id: string, bodyHtml: string, createdAt: string, author: { id: string, displayName: string, role: Role } | null }> | null } | null };

export type InternalNoteFieldsFragment = { id: string, bodyHtml: string, createdAt: string, author: { id: string, displayName: string, role: Role } | null };

export type AcceptDuplicateSuggestionMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptDuplicateSuggestionMutation = { acceptDuplicateSuggestion: { id: string, state: DuplicateSuggestionState } };

export type DismissDuplicateSuggestionMutationVariables = Exact<{
  id: string | number;
}>;


export type DismissDuplicateSuggestionMutation = { dismissDuplicateSuggestion: { id: string, state: DuplicateSuggestionState } };

export type DuplicateSuggestionsQueryVariables = Exact<{
  boardSlug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DuplicateSuggestionsQuery = { duplicateSuggestions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, createdAt: string, suggestedBy: { id: string, displayName: string } | null, idea: { id: string, title: string, voteCount: number } | null, duplicateOf: { id: string, title: string, voteCount: number } | null } }> } };

export type IdeaMergesFragment = { mergedInto: { id: string, title: string, voteCount: number } | null, mergedIdeas: Array<{ id: string, title: string, voteCount: number }> };

export type MergeIdeasMutationVariables = Exact<{
  input: MergeIdeasInput;
}>;


export type MergeIdeasMutation = { mergeIdeas: { id: string, voteCount: number } };

export type SuggestDuplicateMutationVariables = Exact<{
  ideaId: string | number;
  duplicateOfId: string | number;
}>;


export type SuggestDuplicateMutation = { suggestDuplicate: { id: string, state: DuplicateSuggestionState } };

export type UnmergeIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type UnmergeIdeaMutation = { unmergeIdea: { id: string, voteCount: number } };

export type ViewerReputationQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerReputationQuery = { viewer: { id: string, reputation: number } | null };

export type ApproveIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveIdeaMutation = { approveIdea: { id: string, pending: boolean } };

export type DeleteSpamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSpamMutation = { deleteSpam: boolean };

export type DismissFlagsMutationVariables = Exact<{
  id: string | number;
}>;


export type DismissFlagsMutation = { dismissFlags: number };

export type FlagContentMutationVariables = Exact<{
  input: FlagContentInput;
}>;


export type FlagContentMutation = { flagContent: { id: string } };

export type HideCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type HideCommentMutation = { hideComment: { id: string, hidden: boolean } };

export type HideIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type HideIdeaMutation = { hideIdea: { id: string, hidden: boolean } };

export type IdeaModerationFragment = { hidden: boolean, pending: boolean, commentsLocked: boolean };

export type LockCommentsMutationVariables = Exact<{
  id: string | number;
}>;


export type LockCommentsMutation = { lockComments: { id: string, commentsLocked: boolean } };

export type ModerationQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { itemId: string, kind: FlaggedItemKind, flagCount: number, reasons: Array<FlagReason>, notes: Array<string>, firstFlaggedAt: string, lastFlaggedAt: string, content: string, hidden: boolean, idea: { id: string, title: string, commentsLocked: boolean } | null, author: { id: string, displayName: string, role: Role, suspendedUntil: string | null } | null } }> } };

export type PendingIdeasQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PendingIdeasQuery = { pendingIdeas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, createdAt: string, board: { id: string, name: string }, author: { id: string, displayName: string } } }> } };

export type SuspendMemberMutationVariables = Exact<{
  userId: string | number;
  until?: string | null | undefined;
}>;


export type SuspendMemberMutation = { suspendMember: { id: string, suspendedUntil: string | null } };

export type UnhideCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type UnhideCommentMutation = { unhideComment: { id: string, hidden: boolean } };

export type UnhideIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type UnhideIdeaMutation = { unhideIdea: { id: string, hidden: boolean } };

export type UnlockCommentsMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockCommentsMutation = { unlockComments: { id: string, hidden: boolean } };

export type UnsuspendMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnsuspendMemberMutation = { unsuspendMember: { id: string, suspendedUntil: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, read: boolean } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, message: string, detail: string | null, read: boolean, createdAt: string, commentId: string | null, idea: { id: string } | null } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, message: string, detail: string | null, read: boolean, createdAt: string, commentId: string | null, idea: { id: string } | null };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { viewer: { id: string, notificationPreferences: { email: EmailFrequency } | null } | null };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, message: string, detail: string | null, read: boolean, createdAt: string, commentId: string | null, idea: { id: string } | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { email: EmailFrequency } };

export type BadgeFieldsFragment = { kind: BadgeKind, name: string, description: string };

export type LeaderboardQueryVariables = Exact<{
  boardSlug: string;
  period: LeaderboardPeriod;
  first: number;
}>;


export type LeaderboardQuery = { leaderboard: Array<{ rank: number, points: number, user: { id: string, displayName: string, role: Role, badges: Array<{ kind: BadgeKind, name: string, description: string }> } }> };

export type MarkHelpfulAnswerMutationVariables = Exact<{
  commentId: string | number;
}>;


export type MarkHelpfulAnswerMutation = { markHelpfulAnswer: { id: string, helpful: boolean } };

export type UnmarkHelpfulAnswerMutationVariables = Exact<{
  commentId: string | number;
}>;


export type UnmarkHelpfulAnswerMutation = { unmarkHelpfulAnswer: { id: string, helpful: boolean } };

export type UserAnswersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type UserAnswersQuery = { user: { id: string, answers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, bodyHtml: string, createdAt: string, idea: { id: string, title: string } | null } }> } } | null };

export type UserIdeasQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type UserIdeasQuery = { user: { id: string, ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean } } }> } } | null };

export type UserProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type UserProfileQuery = { user: { id: string, displayName: string, role: Role, reputation: number, createdAt: string, badges: Array<{ kind: BadgeKind, name: string, description: string }> } | null, badgeCatalog: Array<{ kind: BadgeKind, name: string, description: string }> };

export type RoadmapQueryVariables = Exact<{
  boardSlug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type RoadmapQuery = { roadmap: Array<{ status: { id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean }, ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, voteCount: number, commentCount: number } }> } }> };

export type RoadmapIdeaFragment = { id: string, title: string, voteCount: number, commentCount: number };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, role: Role } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, role: Role } | null };

export type ViewerFieldsFragment = { id: string, displayName: string, email: string | null, emailVerified: boolean | null, role: Role };

export type BoardStatusesQueryVariables = Exact<{
  slug: string;
}>;


export type BoardStatusesQuery = { board: { id: string, slug: string, name: string, description: string, isPrivate: boolean, statuses: Array<{ id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean }> } | null };

export type ChangeIdeaStatusMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type ChangeIdeaStatusMutation = { changeIdeaStatus: { id: string, voteCount: number, status: { key: string, name: string, color: string } } };

export type CreateStatusMutationVariables = Exact<{
  input: CreateStatusInput;
}>;


export type CreateStatusMutation = { createStatus: { id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean } };

export type StatusFieldsFragment = { id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean };

export type UpdateStatusMutationVariables = Exact<{
  input: UpdateStatusInput;
}>;


export type UpdateStatusMutation = { updateStatus: { id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean } };

export type ApiTokenFieldsFragment = { id: string, name: string, createdAt: string, lastUsedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, createdAt: string, lastUsedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type CastVoteMutationVariables = Exact<{
  ideaId: string | number;
}>;


export type CastVoteMutation = { castVote: { id: string, voteCount: number, viewerHasVoted: boolean } };

export type RetractVoteMutationVariables = Exact<{
  ideaId: string | number;
}>;


export type RetractVoteMutation = { retractVote: { id: string, voteCount: number, viewerHasVoted: boolean } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, boardSlug: string | null, events: Array<string>, format: WebhookFormat, description: string, paused: boolean, pausedAt: string | null, pausedReason: string | null, createdAt: string } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: boolean };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, webhook: { id: string, url: string, boardSlug: string | null, events: Array<string>, format: WebhookFormat, description: string, paused: boolean, pausedAt: string | null, pausedReason: string | null, createdAt: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, url: string, boardSlug: string | null, events: Array<string>, format: WebhookFormat, description: string, paused: boolean, pausedAt: string | null, pausedReason: string | null, createdAt: string } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, eventType: string, summary: string, attempt: number, succeeded: boolean, statusCode: number | null, durationMs: number, error: string | null, createdAt: string } }> } };

export type WebhookFieldsFragment = { id: string, url: string, boardSlug: string | null, events: Array<string>, format: WebhookFormat, description: string, paused: boolean, pausedAt: string | null, pausedReason: string | null, createdAt: string };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, boardSlug: string | null, events: Array<string>, format: WebhookFormat, description: string, paused: boolean, pausedAt: string | null, pausedReason: string | null, createdAt: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoardSummaryFragmentDoc = new TypedDocumentString(`
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}
    `, {"fragmentName":"BoardSummary"}) as unknown as TypedDocumentString<BoardSummaryFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  official
  helpful
  deleted
  hidden
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const IdeaSummaryFragmentDoc = new TypedDocumentString(`
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  author {
    id
    displayName
  }
  status {
    key
    name
    color
    acceptsVotes
  }
}
    `, {"fragmentName":"IdeaSummary"}) as unknown as TypedDocumentString<IdeaSummaryFragment, unknown>;
export const InternalNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment InternalNoteFields on InternalNote {
  id
  bodyHtml
  createdAt
  author {
    id
    displayName
    role
  }
}
    `, {"fragmentName":"InternalNoteFields"}) as unknown as TypedDocumentString<InternalNoteFieldsFragment, unknown>;
export const IdeaMergesFragmentDoc = new TypedDocumentString(`
    fragment IdeaMerges on Idea {
  mergedInto {
    id
    title
    voteCount
  }
  mergedIdeas {
    id
    title
    voteCount
  }
}
    `, {"fragmentName":"IdeaMerges"}) as unknown as TypedDocumentString<IdeaMergesFragment, unknown>;
export const IdeaModerationFragmentDoc = new TypedDocumentString(`
    fragment IdeaModeration on Idea {
  hidden
  pending
  commentsLocked
}
    `, {"fragmentName":"IdeaModeration"}) as unknown as TypedDocumentString<IdeaModerationFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  message
  detail
  read
  createdAt
  commentId
  idea {
    id
  }
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const BadgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment BadgeFields on Badge {
  kind
  name
  description
}
    `, {"fragmentName":"BadgeFields"}) as unknown as TypedDocumentString<BadgeFieldsFragment, unknown>;
export const RoadmapIdeaFragmentDoc = new TypedDocumentString(`
    fragment RoadmapIdea on Idea {
  id
  title
  voteCount
  commentCount
}
    `, {"fragmentName":"RoadmapIdea"}) as unknown as TypedDocumentString<RoadmapIdeaFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on User {
  id
  displayName
  email
  emailVerified
  role
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const StatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatusFields on Status {
  id
  key
  name
  color
  position
  acceptsVotes
  isClosed
  showOnRoadmap
}
    `, {"fragmentName":"StatusFields"}) as unknown as TypedDocumentString<StatusFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  createdAt
  lastUsedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookFields on Webhook {
  id
  url
  boardSlug
  events
  format
  description
  paused
  pausedAt
  pausedReason
  createdAt
}
    `, {"fragmentName":"WebhookFields"}) as unknown as TypedDocumentString<WebhookFieldsFragment, unknown>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input)
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestEmailVerificationDocument = new TypedDocumentString(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `) as unknown as TypedDocumentString<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    id
    createdAt
    expiresAt
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  displayName
  email
  emailVerified
  role
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const CreateBoardDocument = new TypedDocumentString(`
    mutation CreateBoard($input: CreateBoardInput!) {
  createBoard(input: $input) {
    ...BoardSummary
  }
}
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}`) as unknown as TypedDocumentString<CreateBoardMutation, CreateBoardMutationVariables>;
export const UpdateBoardDocument = new TypedDocumentString(`
    mutation UpdateBoard($input: UpdateBoardInput!) {
  updateBoard(input: $input) {
    ...BoardSummary
  }
}
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}`) as unknown as TypedDocumentString<UpdateBoardMutation, UpdateBoardMutationVariables>;
export const BoardAnalyticsDocument = new TypedDocumentString(`
    query BoardAnalytics($boardSlug: String!, $from: DateTime!, $to: DateTime!) {
  boardAnalytics(boardSlug: $boardSlug, from: $from, to: $to) {
    from
    to
    weeks {
      weekStart
      ideas
      votes
      comments
    }
    members {
      active
      new
      returning
    }
    topContributors {
      ideas
      comments
      votes
      user {
        id
        displayName
      }
    }
    funnel {
      submitted
      reachedPlanned
      reachedDone
    }
    medianHoursToFirstResponse
    medianHoursToDone
    answeredWithin7DaysShare
    mostWanted {
      id
      title
      voteCount
      status {
        key
        name
        color
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAnalyticsQuery, BoardAnalyticsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String, $action: String, $actorId: ID, $since: DateTime, $until: DateTime) {
  auditLog(
    first: $first
    after: $after
    action: $action
    actorId: $actorId
    since: $since
    until: $until
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        action
        subjectType
        subjectId
        before
        after
        createdAt
        actor {
          id
          displayName
          role
        }
        idea {
          id
          title
        }
        subjectUser {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditLogActorsDocument = new TypedDocumentString(`
    query AuditLogActors {
  auditLogActors {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AuditLogActorsQuery, AuditLogActorsQueryVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($slug: String!) {
  board(slug: $slug) {
    ...BoardSummary
    statuses {
      id
      key
      name
    }
  }
}
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}`) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const BoardsDocument = new TypedDocumentString(`
    query Boards {
  boards {
    ...BoardSummary
  }
}
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}`) as unknown as TypedDocumentString<BoardsQuery, BoardsQueryVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($id: ID!) {
  deleteComment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    ...CommentFields
  }
}
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  official
  helpful
  deleted
  hidden
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const IdeaCommentsDocument = new TypedDocumentString(`
    query IdeaComments($ideaId: ID!, $first: Int!, $after: String) {
  idea(id: $ideaId) {
    id
    comments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CommentFields
          replies {
            ...CommentFields
          }
        }
      }
    }
  }
}
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  official
  helpful
  deleted
  hidden
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<IdeaCommentsQuery, IdeaCommentsQueryVariables>;
export const PostCommentDocument = new TypedDocumentString(`
    mutation PostComment($input: PostCommentInput!) {
  postComment(input: $input) {
    ...CommentFields
  }
}
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  official
  helpful
  deleted
  hidden
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<PostCommentMutation, PostCommentMutationVariables>;
export const BoardFollowingDocument = new TypedDocumentString(`
    query BoardFollowing($slug: String!) {
  board(slug: $slug) {
    id
    name
    viewerIsFollowing
  }
}
    `) as unknown as TypedDocumentString<BoardFollowingQuery, BoardFollowingQueryVariables>;
export const FollowBoardDocument = new TypedDocumentString(`
    mutation FollowBoard($boardSlug: String!) {
  followBoard(boardSlug: $boardSlug) {
    id
    viewerIsFollowing
  }
}
    `) as unknown as TypedDocumentString<FollowBoardMutation, FollowBoardMutationVariables>;
export const FollowIdeaDocument = new TypedDocumentString(`
    mutation FollowIdea($ideaId: ID!) {
  followIdea(ideaId: $ideaId) {
    id
    viewerIsFollowing
    followerCount
  }
}
    `) as unknown as TypedDocumentString<FollowIdeaMutation, FollowIdeaMutationVariables>;
export const IdeaFollowingDocument = new TypedDocumentString(`
    query IdeaFollowing($id: ID!) {
  idea(id: $id) {
    id
    viewerIsFollowing
    followerCount
  }
}
    `) as unknown as TypedDocumentString<IdeaFollowingQuery, IdeaFollowingQueryVariables>;
export const UnfollowBoardDocument = new TypedDocumentString(`
    mutation UnfollowBoard($boardSlug: String!) {
  unfollowBoard(boardSlug: $boardSlug) {
    id
    viewerIsFollowing
  }
}
    `) as unknown as TypedDocumentString<UnfollowBoardMutation, UnfollowBoardMutationVariables>;
export const UnfollowIdeaDocument = new TypedDocumentString(`
    mutation UnfollowIdea($ideaId: ID!) {
  unfollowIdea(ideaId: $ideaId) {
    id
    viewerIsFollowing
    followerCount
  }
}
    `) as unknown as TypedDocumentString<UnfollowIdeaMutation, UnfollowIdeaMutationVariables>;
export const BoardIdeasDocument = new TypedDocumentString(`
    query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $tag: String, $search: String, $first: Int!, $after: String) {
  ideas(
    boardSlug: $boardSlug
    sort: $sort
    status: $status
    tag: $tag
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...IdeaSummary
      }
    }
  }
}
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  author {
    id
    displayName
  }
  status {
    key
    name
    color
    acceptsVotes
  }
}`) as unknown as TypedDocumentString<BoardIdeasQuery, BoardIdeasQueryVariables>;
export const IdeaDetailDocument = new TypedDocumentString(`
    query IdeaDetail($id: ID!) {
  idea(id: $id) {
    ...IdeaSummary
    ...IdeaMerges
    ...IdeaModeration
    bodyHtml
    updatedAt
    backersNotifiedShare
    board {
      id
      slug
      name
      statuses {
        id
        key
        name
        color
        acceptsVotes
      }
    }
    statusHistory {
      id
      at
      note
      noteHtml
      from {
        key
        name
        color
      }
      to {
        key
        name
        color
      }
      by {
        id
        displayName
        role
      }
    }
  }
}
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  author {
    id
    displayName
  }
  status {
    key
    name
    color
    acceptsVotes
  }
}
fragment IdeaMerges on Idea {
  mergedInto {
    id
    title
    voteCount
  }
  mergedIdeas {
    id
    title
    voteCount
  }
}
fragment IdeaModeration on Idea {
  hidden
  pending
  commentsLocked
}`) as unknown as TypedDocumentString<IdeaDetailQuery, IdeaDetailQueryVariables>;
export const SimilarIdeasDocument = new TypedDocumentString(`
    query SimilarIdeas($boardSlug: String!, $text: String!, $first: Int!) {
  similarIdeas(boardSlug: $boardSlug, text: $text, first: $first) {
    id
    title
    voteCount
    viewerHasVoted
    status {
      key
      name
      color
      acceptsVotes
    }
  }
}
    `) as unknown as TypedDocumentString<SimilarIdeasQuery, SimilarIdeasQueryVariables>;
export const SubmitIdeaDocument = new TypedDocumentString(`
    mutation SubmitIdea($input: SubmitIdeaInput!) {
  submitIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitIdeaMutation, SubmitIdeaMutationVariables>;
export const AddInternalNoteDocument = new TypedDocumentString(`
    mutation AddInternalNote($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) {
    ...InternalNoteFields
  }
}
    fragment InternalNoteFields on InternalNote {
  id
  bodyHtml
  createdAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<AddInternalNoteMutation, AddInternalNoteMutationVariables>;
export const IdeaInternalNotesDocument = new TypedDocumentString(`
    query IdeaInternalNotes($id: ID!) {
  idea(id: $id) {
    id
    internalNotes {
      ...InternalNoteFields
    }
  }
}
    fragment InternalNoteFields on InternalNote {
  id
  bodyHtml
  createdAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<IdeaInternalNotesQuery, IdeaInternalNotesQueryVariables>;
export const AcceptDuplicateSuggestionDocument = new TypedDocumentString(`
    mutation AcceptDuplicateSuggestion($id: ID!) {
  acceptDuplicateSuggestion(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcceptDuplicateSuggestionMutation, AcceptDuplicateSuggestionMutationVariables>;
export const DismissDuplicateSuggestionDocument = new TypedDocumentString(`
    mutation DismissDuplicateSuggestion($id: ID!) {
  dismissDuplicateSuggestion(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<DismissDuplicateSuggestionMutation, DismissDuplicateSuggestionMutationVariables>;
export const DuplicateSuggestionsDocument = new TypedDocumentString(`
    query DuplicateSuggestions($boardSlug: String!, $first: Int, $after: String) {
  duplicateSuggestions(boardSlug: $boardSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        createdAt
        suggestedBy {
          id
          displayName
        }
        idea {
          id
          title
          voteCount
        }
        duplicateOf {
          id
          title
          voteCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicateSuggestionsQuery, DuplicateSuggestionsQueryVariables>;
export const MergeIdeasDocument = new TypedDocumentString(`
    mutation MergeIdeas($input: MergeIdeasInput!) {
  mergeIdeas(input: $input) {
    id
    voteCount
  }
}
    `) as unknown as TypedDocumentString<MergeIdeasMutation, MergeIdeasMutationVariables>;
export const SuggestDuplicateDocument = new TypedDocumentString(`
    mutation SuggestDuplicate($ideaId: ID!, $duplicateOfId: ID!) {
  suggestDuplicate(ideaId: $ideaId, duplicateOfId: $duplicateOfId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<SuggestDuplicateMutation, SuggestDuplicateMutationVariables>;
export const UnmergeIdeaDocument = new TypedDocumentString(`
    mutation UnmergeIdea($id: ID!) {
  unmergeIdea(id: $id) {
    id
    voteCount
  }
}
    `) as unknown as TypedDocumentString<UnmergeIdeaMutation, UnmergeIdeaMutationVariables>;
export const ViewerReputationDocument = new TypedDocumentString(`
    query ViewerReputation {
  viewer {
    id
    reputation
  }
}
    `) as unknown as TypedDocumentString<ViewerReputationQuery, ViewerReputationQueryVariables>;
export const ApproveIdeaDocument = new TypedDocumentString(`
    mutation ApproveIdea($id: ID!) {
  approveIdea(id: $id) {
    id
    pending
  }
}
    `) as unknown as TypedDocumentString<ApproveIdeaMutation, ApproveIdeaMutationVariables>;
export const DeleteSpamDocument = new TypedDocumentString(`
    mutation DeleteSpam($id: ID!) {
  deleteSpam(itemId: $id)
}
    `) as unknown as TypedDocumentString<DeleteSpamMutation, DeleteSpamMutationVariables>;
export const DismissFlagsDocument = new TypedDocumentString(`
    mutation DismissFlags($id: ID!) {
  dismissFlags(itemId: $id)
}
    `) as unknown as TypedDocumentString<DismissFlagsMutation, DismissFlagsMutationVariables>;
export const FlagContentDocument = new TypedDocumentString(`
    mutation FlagContent($input: FlagContentInput!) {
  flagContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlagContentMutation, FlagContentMutationVariables>;
export const HideCommentDocument = new TypedDocumentString(`
    mutation HideComment($id: ID!) {
  hideComment(id: $id) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<HideCommentMutation, HideCommentMutationVariables>;
export const HideIdeaDocument = new TypedDocumentString(`
    mutation HideIdea($id: ID!) {
  hideIdea(id: $id) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<HideIdeaMutation, HideIdeaMutationVariables>;
export const LockCommentsDocument = new TypedDocumentString(`
    mutation LockComments($id: ID!) {
  lockComments(ideaId: $id) {
    id
    commentsLocked
  }
}
    `) as unknown as TypedDocumentString<LockCommentsMutation, LockCommentsMutationVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($first: Int, $after: String) {
  moderationQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        itemId
        kind
        flagCount
        reasons
        notes
        firstFlaggedAt
        lastFlaggedAt
        content
        hidden
        idea {
          id
          title
          commentsLocked
        }
        author {
          id
          displayName
          role
          suspendedUntil
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const PendingIdeasDocument = new TypedDocumentString(`
    query PendingIdeas($first: Int, $after: String) {
  pendingIdeas(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        body
        createdAt
        board {
          id
          name
        }
        author {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingIdeasQuery, PendingIdeasQueryVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($userId: ID!, $until: DateTime) {
  suspendMember(userId: $userId, until: $until) {
    id
    suspendedUntil
  }
}
    `) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const UnhideCommentDocument = new TypedDocumentString(`
    mutation UnhideComment($id: ID!) {
  unhideComment(id: $id) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<UnhideCommentMutation, UnhideCommentMutationVariables>;
export const UnhideIdeaDocument = new TypedDocumentString(`
    mutation UnhideIdea($id: ID!) {
  unhideIdea(id: $id) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<UnhideIdeaMutation, UnhideIdeaMutationVariables>;
export const UnlockCommentsDocument = new TypedDocumentString(`
    mutation UnlockComments($id: ID!) {
  unlockComments(ideaId: $id) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<UnlockCommentsMutation, UnlockCommentsMutationVariables>;
export const UnsuspendMemberDocument = new TypedDocumentString(`
    mutation UnsuspendMember($userId: ID!) {
  unsuspendMember(userId: $userId) {
    id
    suspendedUntil
  }
}
    `) as unknown as TypedDocumentString<UnsuspendMemberMutation, UnsuspendMemberMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    read
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  message
  detail
  read
  createdAt
  commentId
  idea {
    id
  }
}`) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  viewer {
    id
    notificationPreferences {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...NotificationFields
      }
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  message
  detail
  read
  createdAt
  commentId
  idea {
    id
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const LeaderboardDocument = new TypedDocumentString(`
    query Leaderboard($boardSlug: String!, $period: LeaderboardPeriod!, $first: Int!) {
  leaderboard(boardSlug: $boardSlug, period: $period, first: $first) {
    rank
    points
    user {
      id
      displayName
      role
      badges {
        ...BadgeFields
      }
    }
  }
}
    fragment BadgeFields on Badge {
  kind
  name
  description
}`) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const MarkHelpfulAnswerDocument = new TypedDocumentString(`
    mutation MarkHelpfulAnswer($commentId: ID!) {
  markHelpfulAnswer(commentId: $commentId) {
    id
    helpful
  }
}
    `) as unknown as TypedDocumentString<MarkHelpfulAnswerMutation, MarkHelpfulAnswerMutationVariables>;
export const UnmarkHelpfulAnswerDocument = new TypedDocumentString(`
    mutation UnmarkHelpfulAnswer($commentId: ID!) {
  unmarkHelpfulAnswer(commentId: $commentId) {
    id
    helpful
  }
}
    `) as unknown as TypedDocumentString<UnmarkHelpfulAnswerMutation, UnmarkHelpfulAnswerMutationVariables>;
export const UserAnswersDocument = new TypedDocumentString(`
    query UserAnswers($id: ID!, $first: Int!, $after: String) {
  user(id: $id) {
    id
    answers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          bodyHtml
          createdAt
          idea {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserAnswersQuery, UserAnswersQueryVariables>;
export const UserIdeasDocument = new TypedDocumentString(`
    query UserIdeas($id: ID!, $first: Int!, $after: String) {
  user(id: $id) {
    id
    ideas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...IdeaSummary
        }
      }
    }
  }
}
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  author {
    id
    displayName
  }
  status {
    key
    name
    color
    acceptsVotes
  }
}`) as unknown as TypedDocumentString<UserIdeasQuery, UserIdeasQueryVariables>;
export const UserProfileDocument = new TypedDocumentString(`
    query UserProfile($id: ID!) {
  user(id: $id) {
    id
    displayName
    role
    reputation
    createdAt
    badges {
      ...BadgeFields
    }
  }
  badgeCatalog {
    ...BadgeFields
  }
}
    fragment BadgeFields on Badge {
  kind
  name
  description
}`) as unknown as TypedDocumentString<UserProfileQuery, UserProfileQueryVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap($boardSlug: String!, $first: Int!, $after: String) {
  roadmap(boardSlug: $boardSlug) {
    status {
      ...StatusFields
    }
    ideas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RoadmapIdea
        }
      }
    }
  }
}
    fragment RoadmapIdea on Idea {
  id
  title
  voteCount
  commentCount
}
fragment StatusFields on Status {
  id
  key
  name
  color
  position
  acceptsVotes
  isClosed
  showOnRoadmap
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  displayName
  email
  emailVerified
  role
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  displayName
  email
  emailVerified
  role
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  displayName
  email
  emailVerified
  role
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const BoardStatusesDocument = new TypedDocumentString(`
    query BoardStatuses($slug: String!) {
  board(slug: $slug) {
    ...BoardSummary
    statuses {
      ...StatusFields
    }
  }
}
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}
fragment StatusFields on Status {
  id
  key
  name
  color
  position
  acceptsVotes
  isClosed
  showOnRoadmap
}`) as unknown as TypedDocumentString<BoardStatusesQuery, BoardStatusesQueryVariables>;
export const ChangeIdeaStatusDocument = new TypedDocumentString(`
    mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {
  changeIdeaStatus(input: $input) {
    id
    voteCount
    status {
      key
      name
      color
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeIdeaStatusMutation, ChangeIdeaStatusMutationVariables>;
export const CreateStatusDocument = new TypedDocumentString(`
    mutation CreateStatus($input: CreateStatusInput!) {
  createStatus(input: $input) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  id
  key
  name
  color
  position
  acceptsVotes
  isClosed
  showOnRoadmap
}`) as unknown as TypedDocumentString<CreateStatusMutation, CreateStatusMutationVariables>;
export const UpdateStatusDocument = new TypedDocumentString(`
    mutation UpdateStatus($input: UpdateStatusInput!) {
  updateStatus(input: $input) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  id
  key
  name
  color
  position
  acceptsVotes
  isClosed
  showOnRoadmap
}`) as unknown as TypedDocumentString<UpdateStatusMutation, UpdateStatusMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  createdAt
  lastUsedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  createdAt
  lastUsedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CastVoteDocument = new TypedDocumentString(`
    mutation CastVote($ideaId: ID!) {
  castVote(ideaId: $ideaId) {
    id
    voteCount
    viewerHasVoted
  }
}
    `) as unknown as TypedDocumentString<CastVoteMutation, CastVoteMutationVariables>;
export const RetractVoteDocument = new TypedDocumentString(`
    mutation RetractVote($ideaId: ID!) {
  retractVote(ideaId: $ideaId) {
    id
    voteCount
    viewerHasVoted
  }
}
    `) as unknown as TypedDocumentString<RetractVoteMutation, RetractVoteMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      ...WebhookFields
    }
  }
}
    fragment WebhookFields on Webhook {
  id
  url
  boardSlug
  events
  format
  description
  paused
  pausedAt
  pausedReason
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId)
}
    `) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    webhook {
      ...WebhookFields
    }
  }
}
    fragment WebhookFields on Webhook {
  id
  url
  boardSlug
  events
  format
  description
  paused
  pausedAt
  pausedReason
  createdAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    ...WebhookFields
  }
}
    fragment WebhookFields on Webhook {
  id
  url
  boardSlug
  events
  format
  description
  paused
  pausedAt
  pausedReason
  createdAt
}`) as unknown as TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($webhookId: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        eventType
        summary
        attempt
        succeeded
        statusCode
        durationMs
        error
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    ...WebhookFields
  }
}
    fragment WebhookFields on Webhook {
  id
  url
  boardSlug
  events
  format
  description
  paused
  pausedAt
  pausedReason
  createdAt
}`) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;