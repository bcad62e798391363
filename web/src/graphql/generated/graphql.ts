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

/** What a token may do; each scope includes the ones before it. */
export type ApiTokenScope =
  /** Everything its owner may do; only admins can create such tokens. */
  | 'ADMIN'
  /** Queries and subscriptions only: every mutation is refused (FORBIDDEN TOKEN_SCOPE). */
  | 'READ'
  /** Also mutations, except those that need the admin role. */
  | 'WRITE';

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
  /** Hold a member's first idea here for a moderator's approval. */
  premoderateFirstIdea?: boolean;
  /** URL handle: lower-case words of a-z and 0-9 joined by "-", at most 60 characters. */
  slug: string;
};

/** New release notes, saved as a draft. */
export type CreateChangelogEntryInput = {
  /** Markdown, at most 20,000 characters. */
  body?: string;
  /** Ideas it delivers, in order (at most 50, none merged). */
  ideaIds?: Array<string | number>;
  /** Release date YYYY-MM-DD; today when omitted. */
  releasedOn?: string | null | undefined;
  /** Headline, 1 to 200 characters after trimming. */
  title: string;
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

/** What happened to an idea on a board being watched. */
export type IdeaChangeKind =
  /** A new idea is listed: just submitted, approved by a moderator, or unmerged. */
  | 'ADDED'
  /** It left the list: deleted (`idea` is null) or merged into another idea. */
  | 'REMOVED'
  /** Its votes, status, comment count or text changed. */
  | 'UPDATED';

/** Order of an idea list. */
export type IdeaSort =
  /** Newest first. */
  | 'NEW'
  /** Oldest first: the triage queue (with `status`), who has waited longest. */
  | 'OLDEST'
  /** Highest priority score first (the formula admins chose), unscored ideas last. Staff only. */
  | 'SCORE'
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
  /** Release notes were published that ship an idea you backed (once per release). */
  | 'CHANGELOG'
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

/** Publishing release notes. */
export type PublishChangelogEntryInput = {
  /** The draft to publish. */
  id: string | number;
  /** Also move every linked idea to its board’s Done status (a status change with a note, as changeIdeaStatus). */
  markIdeasDone?: boolean;
};

/** A vote for a customer: an existing member (customerId) or someone new by e-mail, whose account is created unconfirmed and who is told by mail how to take it over. */
export type RecordVoteOnBehalfInput = {
  /** The customer’s e-mail address; give this or customerId. */
  customerEmail?: string | null | undefined;
  /** An existing member; give this or customerEmail. */
  customerId?: string | number | null | undefined;
  /** Name for a new account (1 to 50 characters); the e-mail’s local part when omitted. */
  customerName?: string | null | undefined;
  /** The idea. */
  ideaId: string | number;
  /** How much it matters to the customer. */
  importance?: VoteImportance | null | undefined;
  /** What the customer said, at most 2,000 characters. */
  quote?: string;
  /** Where the customer asked for it. */
  source: VoteSource;
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

/** How an idea’s priority score is computed (one choice for the whole site). */
export type ScoreFormula =
  /** Reach × impact × confidence ÷ effort; reach is the number of backers. */
  | 'RICE'
  /** Votes weighted by importance: must have 3, important 2, otherwise 1. */
  | 'WEIGHTED_VOTES';

/** Staff’s estimates for an idea; null clears one. */
export type SetIdeaPriorityInput = {
  /** Confidence in percent, 0 to 100. */
  confidence?: number | null | undefined;
  /** Effort in person-months, above 0, at most 1000. */
  effort?: number | null | undefined;
  /** The idea. */
  ideaId: string | number;
  /** Impact: 0.25, 0.5, 1, 2 or 3. */
  impact?: number | null | undefined;
};

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
  /** Whether a member's first idea waits for a moderator. */
  premoderateFirstIdea?: boolean | null | undefined;
  /** Current slug of the board to change. */
  slug: string;
};

/** Changes to release notes; omitted fields stay as they are. */
export type UpdateChangelogEntryInput = {
  /** New Markdown body. */
  body?: string | null | undefined;
  /** Entry to change. */
  id: string | number;
  /** New linked ideas, replacing the old ones. Backers are told at publication only. */
  ideaIds?: Array<string | number> | null | undefined;
  /** New release date YYYY-MM-DD. */
  releasedOn?: string | null | undefined;
  /** New headline. */
  title?: string | null | undefined;
};

/** Changes to an idea; omitted fields stay as they are. */
export type UpdateIdeaInput = {
  /** New Markdown body, at most 10,000 characters. */
  body?: string | null | undefined;
  /** Idea to change. */
  id: string | number;
  /** New tags; replaces the old ones (same rules as on submit). */
  tags?: Array<string> | null | undefined;
  /** New title, 4 to 120 characters after trimming. */
  title?: string | null | undefined;
};

/** What others see of you. */
export type UpdateProfileInput = {
  /** Name shown to others, 1 to 50 characters. */
  displayName: string;
};

/** Single sign-on settings; a secret left empty keeps the one saved. */
export type UpdateSsoSettingsInput = {
  appEnabled: boolean;
  /** JWKS URL for RS256, EdDSA or ES256 tokens. */
  appJwksUrl?: string | null | undefined;
  /** Your app’s sign-in page (the Chorus sign-in page links to it). */
  appLoginUrl?: string | null | undefined;
  /** HS256 shared secret, at least 32 characters. */
  appSecret?: string | null | undefined;
  oidcClientId?: string | null | undefined;
  oidcClientSecret?: string | null | undefined;
  oidcEnabled: boolean;
  /** e.g. https://accounts.google.com */
  oidcIssuer?: string | null | undefined;
  /** Button text, e.g. "Sign in with Okta". */
  oidcLabel?: string | null | undefined;
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

/** How much an idea matters to the member backing it. */
export type VoteImportance =
  /** Important. */
  | 'IMPORTANT'
  /** Must have: a deal-breaker without it. */
  | 'MUST_HAVE'
  /** Nice to have. */
  | 'NICE_TO_HAVE';

/** Where staff heard the customer ask for the idea. */
export type VoteSource =
  /** A sales or support call. */
  | 'CALL'
  /** A chat conversation. */
  | 'CHAT'
  /** An e-mail. */
  | 'EMAIL'
  /** Anywhere else (a meeting, a conference, ...). */
  | 'OTHER';

/** How events are posted to the endpoint. */
export type WebhookFormat =
  /** A readable line as `{ text }`, for a Slack (or compatible) incoming-webhook URL; unsigned. */
  | 'SLACK'
  /** Versioned JSON `{ type, version, timestamp, data }`, signed per Standard Webhooks. */
  | 'STANDARD';

export type AccountSignInQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSignInQuery = { viewer: { id: string, hasPassword: boolean | null } | null };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DeleteAccountMutationVariables = Exact<{
  password?: string | null | undefined;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData: string };

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


export type CreateBoardMutation = { createBoard: { id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean } };

export type GrantBoardAccessMutationVariables = Exact<{
  boardSlug: string;
  userId: string | number;
}>;


export type GrantBoardAccessMutation = { grantBoardAccess: { slug: string } };

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleQuery = { people: Array<{ privateBoards: Array<string>, user: { id: string, displayName: string, email: string | null, role: Role, suspendedUntil: string | null } }> };

export type RevokeBoardAccessMutationVariables = Exact<{
  boardSlug: string;
  userId: string | number;
}>;


export type RevokeBoardAccessMutation = { revokeBoardAccess: { slug: string } };

export type SetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, role: Role } };

export type UpdateBoardMutationVariables = Exact<{
  input: UpdateBoardInput;
}>;


export type UpdateBoardMutation = { updateBoard: { id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean } };

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


export type BoardQuery = { board: { id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean, statuses: Array<{ id: string, key: string, name: string }> } | null };

export type BoardSummaryFragment = { id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean };

export type BoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsQuery = { boards: Array<{ id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean }> };

export type IdeaChangedSubscriptionVariables = Exact<{
  boardSlug: string;
}>;


export type IdeaChangedSubscription = { ideaChanged: { kind: IdeaChangeKind, ideaId: string, idea: { id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, status: { key: string, name: string, color: string, acceptsVotes: boolean } } | null } };

export type ChangelogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  drafts?: boolean | null | undefined;
}>;


export type ChangelogQuery = { changelog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> } }> } };

export type ChangelogEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangelogEntryQuery = { changelogEntry: { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> } };

export type ChangelogEntryFieldsFragment = { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> };

export type CreateChangelogEntryMutationVariables = Exact<{
  input: CreateChangelogEntryInput;
}>;


export type CreateChangelogEntryMutation = { createChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> } };

export type DeleteChangelogEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteChangelogEntryMutation = { deleteChangelogEntry: boolean };

export type PublishChangelogEntryMutationVariables = Exact<{
  input: PublishChangelogEntryInput;
}>;


export type PublishChangelogEntryMutation = { publishChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> } };

export type UpdateChangelogEntryMutationVariables = Exact<{
  input: UpdateChangelogEntryInput;
}>;


export type UpdateChangelogEntryMutation = { updateChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, releasedOn: string, publishedAt: string | null, ideas: Array<{ id: string, title: string }> } };

export type CommentFieldsFragment = { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null };

export type CommentRepliesQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CommentRepliesQuery = { comment: { id: string, replyConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null } }> } } | null };

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
  repliesFirst: number;
}>;


export type IdeaCommentsQuery = { idea: { id: string, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, replyConnection: { totalCount: number, edges: Array<{ node: { id: string, body: string, bodyHtml: string, official: boolean, helpful: boolean, deleted: boolean, hidden: boolean, createdAt: string, editedAt: string | null, author: { id: string, displayName: string, role: Role } | null } }> }, author: { id: string, displayName: string, role: Role } | null } }> } } | null };

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

export type DeleteIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteIdeaMutation = { deleteIdea: boolean };

export type IdeaDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaDetailQuery = { idea: { bodyHtml: string, updatedAt: string, backersNotifiedShare: number | null, viewerCanEdit: boolean, viewerCanDelete: boolean, id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, hidden: boolean, pending: boolean, commentsLocked: boolean, board: { id: string, slug: string, name: string, statuses: Array<{ id: string, key: string, name: string, color: string, acceptsVotes: boolean }> }, statusHistory: Array<{ id: string, at: string, note: string, noteHtml: string, from: { key: string, name: string, color: string } | null, to: { key: string, name: string, color: string }, by: { id: string, displayName: string, role: Role } }>, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean }, mergedInto: { id: string, title: string, voteCount: number } | null, mergedIdeas: Array<{ id: string, title: string, voteCount: number }> } | null };

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

export type UpdateIdeaMutationVariables = Exact<{
  input: UpdateIdeaInput;
}>;


export type UpdateIdeaMutation = { updateIdea: { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, updatedAt: string, viewerCanEdit: boolean } };

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

export type IdeaPriorityQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaPriorityQuery = { idea: { id: string, priority: { reach: number, weightedVotes: number, impact: number | null, confidence: number | null, effort: number | null, score: number | null } | null } | null, scoreSettings: { formula: ScoreFormula } };

export type SetIdeaPriorityMutationVariables = Exact<{
  input: SetIdeaPriorityInput;
}>;


export type SetIdeaPriorityMutation = { setIdeaPriority: { id: string, priority: { reach: number, weightedVotes: number, impact: number | null, confidence: number | null, effort: number | null, score: number | null } | null } };

export type SetScoreFormulaMutationVariables = Exact<{
  formula: ScoreFormula;
}>;


export type SetScoreFormulaMutation = { setScoreFormula: { formula: ScoreFormula } };

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

export type SsoOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoOptionsQuery = { ssoOptions: { oidcLabel: string | null, appLoginUrl: string | null } };

export type SsoSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoSettingsQuery = { ssoSettings: { oidcEnabled: boolean, oidcIssuer: string | null, oidcClientId: string | null, oidcClientSecretSet: boolean, oidcLabel: string, oidcFromEnvironment: boolean, oidcRedirectUri: string, appEnabled: boolean, appSecretSet: boolean, appJwksUrl: string | null, appLoginUrl: string | null, appFromEnvironment: boolean, appSignInUrl: string } };

export type SsoSettingsFieldsFragment = { oidcEnabled: boolean, oidcIssuer: string | null, oidcClientId: string | null, oidcClientSecretSet: boolean, oidcLabel: string, oidcFromEnvironment: boolean, oidcRedirectUri: string, appEnabled: boolean, appSecretSet: boolean, appJwksUrl: string | null, appLoginUrl: string | null, appFromEnvironment: boolean, appSignInUrl: string };

export type UpdateSsoSettingsMutationVariables = Exact<{
  input: UpdateSsoSettingsInput;
}>;


export type UpdateSsoSettingsMutation = { updateSsoSettings: { oidcEnabled: boolean, oidcIssuer: string | null, oidcClientId: string | null, oidcClientSecretSet: boolean, oidcLabel: string, oidcFromEnvironment: boolean, oidcRedirectUri: string, appEnabled: boolean, appSecretSet: boolean, appJwksUrl: string | null, appLoginUrl: string | null, appFromEnvironment: boolean, appSignInUrl: string } };

export type BoardStatusesQueryVariables = Exact<{
  slug: string;
}>;


export type BoardStatusesQuery = { board: { id: string, slug: string, name: string, description: string, isPrivate: boolean, premoderateFirstIdea: boolean, statuses: Array<{ id: string, key: string, name: string, color: string, position: number, acceptsVotes: boolean, isClosed: boolean, showOnRoadmap: boolean }> } | null };

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

export type ApiTokenFieldsFragment = { id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string | null, lastUsedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string | null, lastUsedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  scope: ApiTokenScope;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string | null, lastUsedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type TriageIdeasQueryVariables = Exact<{
  boardSlug: string;
  sort: IdeaSort;
  status?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TriageIdeasQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, tags: Array<string>, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, priority: { reach: number, score: number | null } | null, author: { id: string, displayName: string }, status: { key: string, name: string, color: string, acceptsVotes: boolean } } }> } };

export type IdeaVotesOnBehalfQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaVotesOnBehalfQuery = { idea: { id: string, votesOnBehalf: Array<{ source: VoteSource, quote: string, importance: VoteImportance | null, recordedAt: string, customer: { id: string, displayName: string } | null, recordedBy: { id: string, displayName: string } | null }> | null } | null };

export type RecordVoteOnBehalfMutationVariables = Exact<{
  input: RecordVoteOnBehalfInput;
}>;


export type RecordVoteOnBehalfMutation = { recordVoteOnBehalf: { id: string, voteCount: number } };

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
  premoderateFirstIdea
}
    `, {"fragmentName":"BoardSummary"}) as unknown as TypedDocumentString<BoardSummaryFragment, unknown>;
export const ChangelogEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}
    `, {"fragmentName":"ChangelogEntryFields"}) as unknown as TypedDocumentString<ChangelogEntryFieldsFragment, unknown>;
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
export const SsoSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SsoSettingsFields on SsoSettings {
  oidcEnabled
  oidcIssuer
  oidcClientId
  oidcClientSecretSet
  oidcLabel
  oidcFromEnvironment
  oidcRedirectUri
  appEnabled
  appSecretSet
  appJwksUrl
  appLoginUrl
  appFromEnvironment
  appSignInUrl
}
    `, {"fragmentName":"SsoSettingsFields"}) as unknown as TypedDocumentString<SsoSettingsFieldsFragment, unknown>;
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
  scope
  createdAt
  expiresAt
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
export const AccountSignInDocument = new TypedDocumentString(`
    query AccountSignIn {
  viewer {
    id
    hasPassword
  }
}
    `) as unknown as TypedDocumentString<AccountSignInQuery, AccountSignInQueryVariables>;
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
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const ExportMyDataDocument = new TypedDocumentString(`
    mutation ExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<ExportMyDataMutation, ExportMyDataMutationVariables>;
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
  premoderateFirstIdea
}`) as unknown as TypedDocumentString<CreateBoardMutation, CreateBoardMutationVariables>;
export const GrantBoardAccessDocument = new TypedDocumentString(`
    mutation GrantBoardAccess($boardSlug: String!, $userId: ID!) {
  grantBoardAccess(boardSlug: $boardSlug, userId: $userId) {
    slug
  }
}
    `) as unknown as TypedDocumentString<GrantBoardAccessMutation, GrantBoardAccessMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($search: String) {
  people(search: $search) {
    user {
      id
      displayName
      email
      role
      suspendedUntil
    }
    privateBoards
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const RevokeBoardAccessDocument = new TypedDocumentString(`
    mutation RevokeBoardAccess($boardSlug: String!, $userId: ID!) {
  revokeBoardAccess(boardSlug: $boardSlug, userId: $userId) {
    slug
  }
}
    `) as unknown as TypedDocumentString<RevokeBoardAccessMutation, RevokeBoardAccessMutationVariables>;
export const SetUserRoleDocument = new TypedDocumentString(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetUserRoleMutation, SetUserRoleMutationVariables>;
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
  premoderateFirstIdea
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
  premoderateFirstIdea
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
  premoderateFirstIdea
}`) as unknown as TypedDocumentString<BoardsQuery, BoardsQueryVariables>;
export const IdeaChangedDocument = new TypedDocumentString(`
    subscription IdeaChanged($boardSlug: String!) {
  ideaChanged(boardSlug: $boardSlug) {
    kind
    ideaId
    idea {
      id
      title
      body
      tags
      voteCount
      viewerHasVoted
      commentCount
      status {
        key
        name
        color
        acceptsVotes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaChangedSubscription, IdeaChangedSubscriptionVariables>;
export const ChangelogDocument = new TypedDocumentString(`
    query Changelog($first: Int, $after: String, $drafts: Boolean) {
  changelog(first: $first, after: $after, drafts: $drafts) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ChangelogEntryFields
      }
    }
  }
}
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}`) as unknown as TypedDocumentString<ChangelogQuery, ChangelogQueryVariables>;
export const ChangelogEntryDocument = new TypedDocumentString(`
    query ChangelogEntry($id: ID!) {
  changelogEntry(id: $id) {
    ...ChangelogEntryFields
  }
}
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}`) as unknown as TypedDocumentString<ChangelogEntryQuery, ChangelogEntryQueryVariables>;
export const CreateChangelogEntryDocument = new TypedDocumentString(`
    mutation CreateChangelogEntry($input: CreateChangelogEntryInput!) {
  createChangelogEntry(input: $input) {
    ...ChangelogEntryFields
  }
}
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateChangelogEntryMutation, CreateChangelogEntryMutationVariables>;
export const DeleteChangelogEntryDocument = new TypedDocumentString(`
    mutation DeleteChangelogEntry($id: ID!) {
  deleteChangelogEntry(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteChangelogEntryMutation, DeleteChangelogEntryMutationVariables>;
export const PublishChangelogEntryDocument = new TypedDocumentString(`
    mutation PublishChangelogEntry($input: PublishChangelogEntryInput!) {
  publishChangelogEntry(input: $input) {
    ...ChangelogEntryFields
  }
}
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}`) as unknown as TypedDocumentString<PublishChangelogEntryMutation, PublishChangelogEntryMutationVariables>;
export const UpdateChangelogEntryDocument = new TypedDocumentString(`
    mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {
  updateChangelogEntry(input: $input) {
    ...ChangelogEntryFields
  }
}
    fragment ChangelogEntryFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  releasedOn
  publishedAt
  ideas {
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateChangelogEntryMutation, UpdateChangelogEntryMutationVariables>;
export const CommentRepliesDocument = new TypedDocumentString(`
    query CommentReplies($id: ID!, $first: Int!, $after: String) {
  comment(id: $id) {
    id
    replyConnection(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CommentFields
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
}`) as unknown as TypedDocumentString<CommentRepliesQuery, CommentRepliesQueryVariables>;
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
    query IdeaComments($ideaId: ID!, $first: Int!, $after: String, $repliesFirst: Int!) {
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
          replyConnection(first: $repliesFirst) {
            totalCount
            edges {
              node {
                ...CommentFields
              }
            }
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
export const DeleteIdeaDocument = new TypedDocumentString(`
    mutation DeleteIdea($id: ID!) {
  deleteIdea(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIdeaMutation, DeleteIdeaMutationVariables>;
export const IdeaDetailDocument = new TypedDocumentString(`
    query IdeaDetail($id: ID!) {
  idea(id: $id) {
    ...IdeaSummary
    ...IdeaMerges
    ...IdeaModeration
    bodyHtml
    updatedAt
    backersNotifiedShare
    viewerCanEdit
    viewerCanDelete
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
export const UpdateIdeaDocument = new TypedDocumentString(`
    mutation UpdateIdea($input: UpdateIdeaInput!) {
  updateIdea(input: $input) {
    id
    title
    body
    bodyHtml
    tags
    updatedAt
    viewerCanEdit
  }
}
    `) as unknown as TypedDocumentString<UpdateIdeaMutation, UpdateIdeaMutationVariables>;
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
export const IdeaPriorityDocument = new TypedDocumentString(`
    query IdeaPriority($id: ID!) {
  idea(id: $id) {
    id
    priority {
      reach
      weightedVotes
      impact
      confidence
      effort
      score
    }
  }
  scoreSettings {
    formula
  }
}
    `) as unknown as TypedDocumentString<IdeaPriorityQuery, IdeaPriorityQueryVariables>;
export const SetIdeaPriorityDocument = new TypedDocumentString(`
    mutation SetIdeaPriority($input: SetIdeaPriorityInput!) {
  setIdeaPriority(input: $input) {
    id
    priority {
      reach
      weightedVotes
      impact
      confidence
      effort
      score
    }
  }
}
    `) as unknown as TypedDocumentString<SetIdeaPriorityMutation, SetIdeaPriorityMutationVariables>;
export const SetScoreFormulaDocument = new TypedDocumentString(`
    mutation SetScoreFormula($formula: ScoreFormula!) {
  setScoreFormula(formula: $formula) {
    formula
  }
}
    `) as unknown as TypedDocumentString<SetScoreFormulaMutation, SetScoreFormulaMutationVariables>;
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
export const SsoOptionsDocument = new TypedDocumentString(`
    query SsoOptions {
  ssoOptions {
    oidcLabel
    appLoginUrl
  }
}
    `) as unknown as TypedDocumentString<SsoOptionsQuery, SsoOptionsQueryVariables>;
export const SsoSettingsDocument = new TypedDocumentString(`
    query SsoSettings {
  ssoSettings {
    ...SsoSettingsFields
  }
}
    fragment SsoSettingsFields on SsoSettings {
  oidcEnabled
  oidcIssuer
  oidcClientId
  oidcClientSecretSet
  oidcLabel
  oidcFromEnvironment
  oidcRedirectUri
  appEnabled
  appSecretSet
  appJwksUrl
  appLoginUrl
  appFromEnvironment
  appSignInUrl
}`) as unknown as TypedDocumentString<SsoSettingsQuery, SsoSettingsQueryVariables>;
export const UpdateSsoSettingsDocument = new TypedDocumentString(`
    mutation UpdateSsoSettings($input: UpdateSsoSettingsInput!) {
  updateSsoSettings(input: $input) {
    ...SsoSettingsFields
  }
}
    fragment SsoSettingsFields on SsoSettings {
  oidcEnabled
  oidcIssuer
  oidcClientId
  oidcClientSecretSet
  oidcLabel
  oidcFromEnvironment
  oidcRedirectUri
  appEnabled
  appSecretSet
  appJwksUrl
  appLoginUrl
  appFromEnvironment
  appSignInUrl
}`) as unknown as TypedDocumentString<UpdateSsoSettingsMutation, UpdateSsoSettingsMutationVariables>;
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
  premoderateFirstIdea
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
  scope
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {
  createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  scope
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const TriageIdeasDocument = new TypedDocumentString(`
    query TriageIdeas($boardSlug: String!, $sort: IdeaSort!, $status: String, $first: Int!, $after: String) {
  ideas(
    boardSlug: $boardSlug
    sort: $sort
    status: $status
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
        priority {
          reach
          score
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
}`) as unknown as TypedDocumentString<TriageIdeasQuery, TriageIdeasQueryVariables>;
export const IdeaVotesOnBehalfDocument = new TypedDocumentString(`
    query IdeaVotesOnBehalf($id: ID!) {
  idea(id: $id) {
    id
    votesOnBehalf {
      source
      quote
      importance
      recordedAt
      customer {
        id
        displayName
      }
      recordedBy {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaVotesOnBehalfQuery, IdeaVotesOnBehalfQueryVariables>;
export const RecordVoteOnBehalfDocument = new TypedDocumentString(`
    mutation RecordVoteOnBehalf($input: RecordVoteOnBehalfInput!) {
  recordVoteOnBehalf(input: $input) {
    id
    voteCount
  }
}
    `) as unknown as TypedDocumentString<RecordVoteOnBehalfMutation, RecordVoteOnBehalfMutationVariables>;
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