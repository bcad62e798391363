/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Order of an idea list. */
export type IdeaSort =
  /** Newest first. */
  | 'NEW'
  /** Most votes first. */
  | 'TOP'
  /** Recent activity first: votes and comments decayed by age (τ = 7 days). */
  | 'TRENDING';

export type BoardQueryVariables = Exact<{
  slug: string;
}>;


export type BoardQuery = { board: { id: string, slug: string, name: string, description: string, isPrivate: boolean } | null };

export type BoardSummaryFragment = { id: string, slug: string, name: string, description: string, isPrivate: boolean };

export type BoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsQuery = { boards: Array<{ id: string, slug: string, name: string, description: string, isPrivate: boolean }> };

export type BoardIdeasQueryVariables = Exact<{
  boardSlug: string;
  sort: IdeaSort;
  first: number;
  after?: string | null | undefined;
}>;


export type BoardIdeasQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, body: string, tags: Array<string>, voteCount: number, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string } } }> } };

export type IdeaDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IdeaDetailQuery = { idea: { updatedAt: string, id: string, title: string, body: string, tags: Array<string>, voteCount: number, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string } } | null };

export type IdeaSummaryFragment = { id: string, title: string, body: string, tags: Array<string>, voteCount: number, commentCount: number, createdAt: string, author: { id: string, displayName: string }, status: { key: string, name: string, color: string } };

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
export const IdeaSummaryFragmentDoc = new TypedDocumentString(`
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
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
  }
}
    `, {"fragmentName":"IdeaSummary"}) as unknown as TypedDocumentString<IdeaSummaryFragment, unknown>;
export const BoardDocument = new TypedDocumentString(`
    query Board($slug: String!) {
  board(slug: $slug) {
    ...BoardSummary
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
export const BoardIdeasDocument = new TypedDocumentString(`
    query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {
  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {
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
  }
}`) as unknown as TypedDocumentString<BoardIdeasQuery, BoardIdeasQueryVariables>;
export const IdeaDetailDocument = new TypedDocumentString(`
    query IdeaDetail($id: ID!) {
  idea(id: $id) {
    ...IdeaSummary
    updatedAt
  }
}
    fragment IdeaSummary on Idea {
  id
  title
  body
  tags
  voteCount
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
  }
}`) as unknown as TypedDocumentString<IdeaDetailQuery, IdeaDetailQueryVariables>;