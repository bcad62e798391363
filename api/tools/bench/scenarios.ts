/** What a scenario sends, to the API (GraphQL) and to the ceiling server (same answer shape). */
export interface Target {
  path: string;
  body: string;
  headers: Record<string, string>;
}

export interface Scenario {
  name: string;
  /** Why it was skipped (a field missing from this build's schema), or undefined when it runs. */
  skipped?: string;
  api(i: number): Target;
  ceiling(i: number): Target;
}

export interface ScenarioContext {
  board: string;
  /** Session cookie of the account that signed in through the API. */
  cookie: string;
  /** Cookies of many members (sessions created directly), for distinct member/idea vote pairs. */
  memberCookies: string[];
  /** Ideas to vote on and the most commented idea. */
  ideaIds: string[];
  busiestIdeaId: string;
  similarTexts: string[];
  /** Field names per type from introspection: which optional fields exist in this build. */
  fields: Record<string, Set<string>>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function gql(query: string, variables: Record<string, unknown>, cookie?: string): Target {
  return {
    path: '/graphql',
    body: JSON.stringify({ query, variables }),
    headers: { ...JSON_HEADERS, ...(cookie ? { cookie } : {}) },
  };
}

function plain(path: string, body: Record<string, unknown>, cookie?: string): Target {
  return { path, body: JSON.stringify(body), headers: { ...JSON_HEADERS, ...(cookie ? { cookie } : {}) } };
}

const IDEA_CARD = 'id title voteCount commentCount tags author { id displayName } status { key name color }';

export function buildScenarios(ctx: ScenarioContext): Scenario[] {
  const has = (type: string, field: string) => ctx.fields[type]?.has(field) ?? false;
  const voted = has('Idea', 'viewerHasVoted');
  const list = (sort: 'TOP' | 'TRENDING', signedIn: boolean): Scenario => {
    const cookie = signedIn ? ctx.cookie : undefined;
    const card = IDEA_CARD + (signedIn && voted ? ' viewerHasVoted' : '');
    const query = `query ($board: String!, $sort: IdeaSort!) { ideas(boardSlug: $board, sort: $sort, first: 20) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${card} } } } }`;
    return {
      name: `ideas ${sort} first 20, ${signedIn ? 'signed in' : 'anonymous'}`,
      api: () => gql(query, { board: ctx.board, sort }, cookie),
      ceiling: () => plain(sort === 'TOP' ? '/top' : '/trending', { withVoted: signedIn && voted }, cookie),
    };
  };

  const comments: Scenario = {
    name: 'one idea with its first 20 comments',
    skipped: has('Idea', 'comments') ? undefined : 'Idea.comments does not exist in this build',
    api: () =>
      gql(
        `query ($id: ID!) { idea(id: $id) { ${IDEA_CARD}
          comments(first: 20) { totalCount edges { node { id body createdAt author { id displayName } } } } } }`,
        { id: ctx.busiestIdeaId },
      ),
    ceiling: () => plain('/idea', { id: ctx.busiestIdeaId }),
  };

  // Request i: member i mod M votes for idea floor(i / M): every pair is distinct.
  const pair = (i: number) => ({
    cookie: ctx.memberCookies[i % ctx.memberCookies.length],
    id: ctx.ideaIds[Math.floor(i / ctx.memberCookies.length) % ctx.ideaIds.length],
  });
  const vote: Scenario = {
    name: 'castVote, distinct member/idea pairs',
    skipped: has('Mutation', 'castVote') ? undefined : 'Mutation.castVote does not exist in this build',
    api: (i) => {
      const { cookie, id } = pair(i);
      return gql(`mutation ($id: ID!) { castVote(ideaId: $id) { voteCount } }`, { id }, cookie);
    },
    ceiling: (i) => {
      const { cookie, id } = pair(i);
      return plain('/vote', { id }, cookie);
    },
  };

  const similar: Scenario = {
    name: 'similarIdeas, three-word texts',
    skipped: has('Query', 'similarIdeas') ? undefined : 'Query.similarIdeas does not exist in this build',
    api: (i) =>
      gql(`query ($board: String!, $text: String!) { similarIdeas(boardSlug: $board, text: $text) { id title } }`, {
        board: ctx.board,
        text: ctx.similarTexts[i % ctx.similarTexts.length],
      }),
    ceiling: (i) => plain('/similar', { text: ctx.similarTexts[i % ctx.similarTexts.length] }),
  };

  return [
    list('TOP', false),
    list('TRENDING', false),
    list('TOP', true),
    list('TRENDING', true),
    comments,
    vote,
    similar,
  ];
}
