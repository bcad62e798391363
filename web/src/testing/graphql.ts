import { vi } from 'vitest';
import type { IdeaSummaryFragment } from '@/graphql/generated/graphql';

export interface SentOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Replaces `fetch` with a handler that sees each GraphQL operation the app sends. */
export function mockGraphQL(handler: (operation: SentOperation, init: RequestInit) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const operation = JSON.parse(String(init?.body)) as SentOperation;
    return handler(operation, init ?? {});
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

let sequence = 0;

export function makeIdea(overrides: Partial<IdeaSummaryFragment> = {}): IdeaSummaryFragment {
  sequence += 1;
  return {
    id: `idea-${sequence}`,
    title: `Idea number ${sequence}`,
    body: 'Some **details** about it.',
    tags: [],
    voteCount: 3,
    viewerHasVoted: false,
    commentCount: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    author: { id: 'user-1', displayName: 'Maya Patel' },
    status: { key: 'open', name: 'Open', color: '#64748b', acceptsVotes: true },
    ...overrides,
  };
}

/** One page of the BoardIdeas connection. */
export function ideasPage(
  ideas: IdeaSummaryFragment[],
  totalCount: number,
  endCursor: string | null,
  hasNextPage: boolean,
) {
  return {
    data: {
      ideas: {
        totalCount,
        pageInfo: { hasNextPage, endCursor },
        edges: ideas.map((node, index) => ({ cursor: `${endCursor ?? 'c'}-${index}`, node })),
      },
    },
  };
}
