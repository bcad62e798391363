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
    "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}": typeof types.CreateBoardDocument,
    "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}": typeof types.UpdateBoardDocument,
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n  }\n}": typeof types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n}": typeof types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": typeof types.BoardsDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {\n  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": typeof types.BoardIdeasDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    updatedAt\n  }\n}": typeof types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n  }\n}": typeof types.IdeaSummaryFragmentDoc,
    "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}": typeof types.RoadmapDocument,
    "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}": typeof types.RoadmapIdeaFragmentDoc,
    "query Viewer {\n  viewer {\n    id\n    displayName\n    role\n  }\n}": typeof types.ViewerDocument,
    "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}": typeof types.BoardStatusesDocument,
    "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}": typeof types.ChangeIdeaStatusDocument,
    "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}": typeof types.CreateStatusDocument,
    "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}": typeof types.StatusFieldsFragmentDoc,
    "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}": typeof types.UpdateStatusDocument,
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  createdAt\n  lastUsedAt\n}": typeof types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": typeof types.RevokeApiTokenDocument,
    "query TriageIdeas($boardSlug: String!, $status: String!, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    status: $status\n    sort: NEW\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": typeof types.TriageIdeasDocument,
};
const documents: Documents = {
    "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}": types.CreateBoardDocument,
    "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}": types.UpdateBoardDocument,
    "query Board($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n  }\n}": types.BoardDocument,
    "fragment BoardSummary on Board {\n  id\n  slug\n  name\n  description\n  isPrivate\n}": types.BoardSummaryFragmentDoc,
    "query Boards {\n  boards {\n    ...BoardSummary\n  }\n}": types.BoardsDocument,
    "query BoardIdeas($boardSlug: String!, $sort: IdeaSort!, $first: Int!, $after: String) {\n  ideas(boardSlug: $boardSlug, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": types.BoardIdeasDocument,
    "query IdeaDetail($id: ID!) {\n  idea(id: $id) {\n    ...IdeaSummary\n    updatedAt\n  }\n}": types.IdeaDetailDocument,
    "fragment IdeaSummary on Idea {\n  id\n  title\n  body\n  tags\n  voteCount\n  commentCount\n  createdAt\n  author {\n    id\n    displayName\n  }\n  status {\n    key\n    name\n    color\n  }\n}": types.IdeaSummaryFragmentDoc,
    "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}": types.RoadmapDocument,
    "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}": types.RoadmapIdeaFragmentDoc,
    "query Viewer {\n  viewer {\n    id\n    displayName\n    role\n  }\n}": types.ViewerDocument,
    "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}": types.BoardStatusesDocument,
    "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}": types.ChangeIdeaStatusDocument,
    "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}": types.CreateStatusDocument,
    "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}": types.StatusFieldsFragmentDoc,
    "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}": types.UpdateStatusDocument,
    "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  createdAt\n  lastUsedAt\n}": types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}": types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}": types.RevokeApiTokenDocument,
    "query TriageIdeas($boardSlug: String!, $status: String!, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    status: $status\n    sort: NEW\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}": types.TriageIdeasDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBoard($input: CreateBoardInput!) {\n  createBoard(input: $input) {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').CreateBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateBoard($input: UpdateBoardInput!) {\n  updateBoard(input: $input) {\n    ...BoardSummary\n  }\n}"): typeof import('./graphql').UpdateBoardDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Roadmap($boardSlug: String!, $first: Int!, $after: String) {\n  roadmap(boardSlug: $boardSlug) {\n    status {\n      ...StatusFields\n    }\n    ideas(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RoadmapIdea\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoadmapIdea on Idea {\n  id\n  title\n  voteCount\n  commentCount\n}"): typeof import('./graphql').RoadmapIdeaFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    id\n    displayName\n    role\n  }\n}"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardStatuses($slug: String!) {\n  board(slug: $slug) {\n    ...BoardSummary\n    statuses {\n      ...StatusFields\n    }\n  }\n}"): typeof import('./graphql').BoardStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {\n  changeIdeaStatus(input: $input) {\n    id\n    voteCount\n    status {\n      key\n      name\n      color\n    }\n  }\n}"): typeof import('./graphql').ChangeIdeaStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStatus($input: CreateStatusInput!) {\n  createStatus(input: $input) {\n    ...StatusFields\n  }\n}"): typeof import('./graphql').CreateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StatusFields on Status {\n  id\n  key\n  name\n  color\n  position\n  acceptsVotes\n  isClosed\n  showOnRoadmap\n}"): typeof import('./graphql').StatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStatus($input: UpdateStatusInput!) {\n  updateStatus(input: $input) {\n    ...StatusFields\n  }\n}"): typeof import('./graphql').UpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken {\n  id\n  name\n  createdAt\n  lastUsedAt\n}"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens {\n  apiTokens {\n    ...ApiTokenFields\n  }\n}"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($name: String!) {\n  createApiToken(name: $name) {\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n  }\n}"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageIdeas($boardSlug: String!, $status: String!, $first: Int!, $after: String) {\n  ideas(\n    boardSlug: $boardSlug\n    status: $status\n    sort: NEW\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...IdeaSummary\n      }\n    }\n  }\n}"): typeof import('./graphql').TriageIdeasDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
