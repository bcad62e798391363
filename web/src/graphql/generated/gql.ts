/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n  }\n}": typeof types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n}": typeof types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": typeof types.BoardsDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {\n  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": typeof types.BoardIdeasDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    updatedAt\n  }\n}": typeof types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n  }\n}": typeof types.IdeaSummaryFragmentDoc,
};
const documents: Documents = {
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n  }\n}": types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n}": types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": types.BoardsDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {\n  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": types.BoardIdeasDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    updatedAt\n  }\n}": types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n  }\n}": types.IdeaSummaryFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n}"): typeof import('./graphql').BoardSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').BoardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {\n  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}"): typeof import('./graphql').BoardIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    updatedAt\n  }\n}"): typeof import('./graphql').IdeaDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n  }\n}"): typeof import('./graphql').IdeaSummaryFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
