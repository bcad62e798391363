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

/** Moves an idea to another of its board's statuses. */
export type ChangeIdeaStatusInput = {
  /** Idea to move. */
  ideaId: string | number;
  /** Why, as Markdown (at most 5,000 characters); shown in the history. */
  note?: string;
  /** Key of the new status, e.g. `planned`. */
  statusKey: string;
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

/** New text for one of your comments. */
export type EditCommentInput = {
  /** Markdown, 1 to 5,000 characters after trimming. */
  body: string;
  /** The comment to edit. */
  id: string | number;
};

/** Order of an idea list. */
export type IdeaSort =
  /** Newest first. */
  | 'NEW'
  /** Most votes first. */
  | 'TOP'
  /** Recent activity first: votes and comments decayed by age (τ = 7 days). */
  | 'TRENDING';

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

export type CreateBoardMutationVariables = Exact<{
  input: CreateBoardInput;
}>;

export type CreateBoardMutation = {
  createBoard: { id: string; slug: string; name: string; description: string; isPrivate: boolean };
};

export type UpdateBoardMutationVariables = Exact<{
  input: UpdateBoardInput;
}>;

export type UpdateBoardMutation = {
  updateBoard: { id: string; slug: string; name: string; description: string; isPrivate: boolean };
};

export type BoardAnalyticsQueryVariables = Exact<{
  boardSlug: string;
  from: string;
  to: string;
}>;

export type BoardAnalyticsQuery = {
  boardAnalytics: {
    from: string;
    to: string;
    medianHoursToFirstResponse: number | null;
    medianHoursToDone: number | null;
    answeredWithin7DaysShare: number | null;
    weeks: Array<{ weekStart: string; ideas: number; votes: number; comments: number }>;
    members: { active: number; new: number; returning: number };
    topContributors: Array<{
      ideas: number;
      comments: number;
      votes: number;
      user: { id: string; displayName: string } | null;
    }>;
    funnel: { submitted: number; reachedPlanned: number; reachedDone: number };
    mostWanted: Array<{
      id: string;
      title: string;
      voteCount: number;
      status: { key: string; name: string; color: string };
    }>;
  };
};

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        action: string;
        subjectType: string;
        subjectId: string | null;
        before: string | null;
        after: string | null;
        createdAt: string;
        actor: { id: string; displayName: string; role: Role } | null;
        idea: { id: string; title: string } | null;
        subjectUser: { id: string; displayName: string } | null;
      };
    }>;
  };
};

export type AuditLogActorsQueryVariables = Exact<{ [key: string]: never }>;

export type AuditLogActorsQuery = { auditLogActors: Array<{ id: string; displayName: string }> };

export type BoardQueryVariables = Exact<{
  slug: string;
}>;

export type BoardQuery = {
  board: {
    id: string;
    slug: string;
    name: string;
    description: string;
    isPrivate: boolean;
    statuses: Array<{ id: string; key: string; name: string }>;
  } | null;
};

export type BoardSummaryFragment = { id: string; slug: string; name: string; description: string; isPrivate: boolean };

export type BoardsQueryVariables = Exact<{ [key: string]: never }>;

export type BoardsQuery = {
  boards: Array<{ id: string; slug: string; name: string; description: string; isPrivate: boolean }>;
};

export type CommentFieldsFragment = {
  id: string;
  body: string;
  bodyHtml: string;
  official: boolean;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  author: { id: string; displayName: string; role: Role } | null;
};

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteCommentMutation = { deleteComment: boolean };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type EditCommentMutation = {
  editComment: {
    id: string;
    body: string;
    bodyHtml: string;
    official: boolean;
    deleted: boolean;
    createdAt: string;
    editedAt: string | null;
    author: { id: string; displayName: string; role: Role } | null;
  };
};

export type IdeaCommentsQueryVariables = Exact<{
  ideaId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type IdeaCommentsQuery = {
  idea: {
    id: string;
    comments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          body: string;
          bodyHtml: string;
          official: boolean;
          deleted: boolean;
          createdAt: string;
          editedAt: string | null;
          replies: Array<{
            id: string;
            body: string;
            bodyHtml: string;
            official: boolean;
            deleted: boolean;
            createdAt: string;
            editedAt: string | null;
            author: { id: string; displayName: string; role: Role } | null;
          }>;
          author: { id: string; displayName: string; role: Role } | null;
        };
      }>;
    };
  } | null;
};

export type PostCommentMutationVariables = Exact<{
  input: PostCommentInput;
}>;

export type PostCommentMutation = {
  postComment: {
    id: string;
    body: string;
    bodyHtml: string;
    official: boolean;
    deleted: boolean;
    createdAt: string;
    editedAt: string | null;
    author: { id: string; displayName: string; role: Role } | null;
  };
};

export type BoardIdeasQueryVariables = Exact<{
  boardSlug: string;
  sort: IdeaSort;
  status?: string | null | undefined;
  tag?: string | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type BoardIdeasQuery = {
  ideas: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        body: string;
        tags: Array<string>;
        voteCount: number;
        viewerHasVoted: boolean;
        commentCount: number;
        createdAt: string;
        author: { id: string; displayName: string };
        status: { key: string; name: string; color: string; acceptsVotes: boolean };
      };
    }>;
  };
};

export type IdeaDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type IdeaDetailQuery = {
  idea: {
    bodyHtml: string;
    updatedAt: string;
    id: string;
    title: string;
    body: string;
    tags: Array<string>;
    voteCount: number;
    viewerHasVoted: boolean;
    commentCount: number;
    createdAt: string;
    board: {
      id: string;
      slug: string;
      name: string;
      statuses: Array<{ id: string; key: string; name: string; color: string; acceptsVotes: boolean }>;
    };
    statusHistory: Array<{
      id: string;
      at: string;
      note: string;
      noteHtml: string;
      from: { key: string; name: string; color: string } | null;
      to: { key: string; name: string; color: string };
      by: { id: string; displayName: string; role: Role };
    }>;
    author: { id: string; displayName: string };
    status: { key: string; name: string; color: string; acceptsVotes: boolean };
  } | null;
};

export type IdeaSummaryFragment = {
  id: string;
  title: string;
  body: string;
  tags: Array<string>;
  voteCount: number;
  viewerHasVoted: boolean;
  commentCount: number;
  createdAt: string;
  author: { id: string; displayName: string };
  status: { key: string; name: string; color: string; acceptsVotes: boolean };
};

export type SimilarIdeasQueryVariables = Exact<{
  boardSlug: string;
  text: string;
  first: number;
}>;

export type SimilarIdeasQuery = {
  similarIdeas: Array<{
    id: string;
    title: string;
    voteCount: number;
    viewerHasVoted: boolean;
    status: { key: string; name: string; color: string; acceptsVotes: boolean };
  }>;
};

export type SubmitIdeaMutationVariables = Exact<{
  input: SubmitIdeaInput;
}>;

export type SubmitIdeaMutation = { submitIdea: { id: string } };

export type AddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;

export type AddInternalNoteMutation = {
  addInternalNote: {
    id: string;
    bodyHtml: string;
    createdAt: string;
    author: { id: string; displayName: string; role: Role } | null;
  };
};

export type IdeaInternalNotesQueryVariables = Exact<{
  id: string | number;
}>;

export type IdeaInternalNotesQuery = {
  idea: {
    id: string;
    internalNotes: Array<{
      id: string;
      bodyHtml: string;
      createdAt: string;
      author: { id: string; displayName: string; role: Role } | null;
    }> | null;
  } | null;
};

export type InternalNoteFieldsFragment = {
  id: string;
  bodyHtml: string;
  createdAt: string;
  author: { id: string; displayName: string; role: Role } | null;
};

export type RoadmapQueryVariables = Exact<{
  boardSlug: string;
  first: number;
  after?: string | null | undefined;
}>;

export type RoadmapQuery = {
  roadmap: Array<{
    status: {
      id: string;
      key: string;
      name: string;
      color: string;
      position: number;
      acceptsVotes: boolean;
      isClosed: boolean;
      showOnRoadmap: boolean;
    };
    ideas: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { id: string; title: string; voteCount: number; commentCount: number } }>;
    };
  }>;
};

export type RoadmapIdeaFragment = { id: string; title: string; voteCount: number; commentCount: number };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: { user: { id: string; displayName: string; email: string | null; role: Role } };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp: { user: { id: string; displayName: string; email: string | null; role: Role } };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = { viewer: { id: string; displayName: string; email: string | null; role: Role } | null };

export type ViewerFieldsFragment = { id: string; displayName: string; email: string | null; role: Role };

export type BoardStatusesQueryVariables = Exact<{
  slug: string;
}>;

export type BoardStatusesQuery = {
  board: {
    id: string;
    slug: string;
    name: string;
    description: string;
    isPrivate: boolean;
    statuses: Array<{
      id: string;
      key: string;
      name: string;
      color: string;
      position: number;
      acceptsVotes: boolean;
      isClosed: boolean;
      showOnRoadmap: boolean;
    }>;
  } | null;
};

export type ChangeIdeaStatusMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;

export type ChangeIdeaStatusMutation = {
  changeIdeaStatus: { id: string; voteCount: number; status: { key: string; name: string; color: string } };
};

export type CreateStatusMutationVariables = Exact<{
  input: CreateStatusInput;
}>;

export type CreateStatusMutation = {
  createStatus: {
    id: string;
    key: string;
    name: string;
    color: string;
    position: number;
    acceptsVotes: boolean;
    isClosed: boolean;
    showOnRoadmap: boolean;
  };
};

export type StatusFieldsFragment = {
  id: string;
  key: string;
  name: string;
  color: string;
  position: number;
  acceptsVotes: boolean;
  isClosed: boolean;
  showOnRoadmap: boolean;
};

export type UpdateStatusMutationVariables = Exact<{
  input: UpdateStatusInput;
}>;

export type UpdateStatusMutation = {
  updateStatus: {
    id: string;
    key: string;
    name: string;
    color: string;
    position: number;
    acceptsVotes: boolean;
    isClosed: boolean;
    showOnRoadmap: boolean;
  };
};

export type ApiTokenFieldsFragment = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTokensQuery = {
  apiTokens: Array<{ id: string; name: string; createdAt: string; lastUsedAt: string | null }>;
};

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: { id: string; name: string; createdAt: string; lastUsedAt: string | null };
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type TriageIdeasQueryVariables = Exact<{
  boardSlug: string;
  status: string;
  first: number;
  after?: string | null | undefined;
}>;

export type TriageIdeasQuery = {
  ideas: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        body: string;
        tags: Array<string>;
        voteCount: number;
        viewerHasVoted: boolean;
        commentCount: number;
        createdAt: string;
        author: { id: string; displayName: string };
        status: { key: string; name: string; color: string; acceptsVotes: boolean };
      };
    }>;
  };
};

export type CastVoteMutationVariables = Exact<{
  ideaId: string | number;
}>;

export type CastVoteMutation = { castVote: { id: string; voteCount: number; viewerHasVoted: boolean } };

export type RetractVoteMutationVariables = Exact<{
  ideaId: string | number;
}>;

export type RetractVoteMutation = { retractVote: { id: string; voteCount: number; viewerHasVoted: boolean } };

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
export const BoardSummaryFragmentDoc = new TypedDocumentString(
  `
    fragment BoardSummary on Board {
  id
  slug
  name
  description
  isPrivate
}
    `,
  { fragmentName: 'BoardSummary' },
) as unknown as TypedDocumentString<BoardSummaryFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CommentFields on Comment {
  id
  body
  bodyHtml
  official
  deleted
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}
    `,
  { fragmentName: 'CommentFields' },
) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const IdeaSummaryFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'IdeaSummary' },
) as unknown as TypedDocumentString<IdeaSummaryFragment, unknown>;
export const InternalNoteFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'InternalNoteFields' },
) as unknown as TypedDocumentString<InternalNoteFieldsFragment, unknown>;
export const RoadmapIdeaFragmentDoc = new TypedDocumentString(
  `
    fragment RoadmapIdea on Idea {
  id
  title
  voteCount
  commentCount
}
    `,
  { fragmentName: 'RoadmapIdea' },
) as unknown as TypedDocumentString<RoadmapIdeaFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ViewerFields on User {
  id
  displayName
  email
  role
}
    `,
  { fragmentName: 'ViewerFields' },
) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const StatusFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'StatusFields' },
) as unknown as TypedDocumentString<StatusFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiTokenFields on ApiToken {
  id
  name
  createdAt
  lastUsedAt
}
    `,
  { fragmentName: 'ApiTokenFields' },
) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
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
  deleted
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
  deleted
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
  deleted
  createdAt
  editedAt
  author {
    id
    displayName
    role
  }
}`) as unknown as TypedDocumentString<PostCommentMutation, PostCommentMutationVariables>;
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
    bodyHtml
    updatedAt
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
  role
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
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
export const TriageIdeasDocument = new TypedDocumentString(`
    query TriageIdeas($boardSlug: String!, $status: String!, $first: Int!, $after: String) {
  ideas(
    boardSlug: $boardSlug
    status: $status
    sort: NEW
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
}`) as unknown as TypedDocumentString<TriageIdeasQuery, TriageIdeasQueryVariables>;
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
