import { existsSync, readFileSync } from 'node:fs';
import type { Request } from 'express';

/**
 * The landing pages' first GraphQL queries, answered while index.html is served and embedded in
 * it (`#chorus-prefetch`), so the page renders without waiting for another round trip. The query
 * texts come from the web build (prefetch-documents.json, written by web/vite.config.ts); the
 * variables mirror web/src/prefetch.ts. The web app uses an
 * answer only when its own key matches, so a mismatch costs the saving, never correctness.
 */
export interface InitialQuery {
  operationName: string;
  variables: Record<string, unknown>;
  data: unknown;
}

type Documents = Record<string, string>;
type Planned = Omit<InitialQuery, 'data'>;

/** Longer than this and the page fetches its data itself, as without the server's help. */
const TIMEOUT_MS = 1500;
const BOARD_IDEAS_PAGE = { sort: 'TRENDING', first: 20, after: null };

export function readDocuments(file: string): Documents | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * The operations web/src/prefetch.ts starts for this URL: on every page who is signed in and the
 * boards (the header), and on a board or idea page that page's queries. The board's idea list
 * depends on the query string (sort, filters), so only its default view is embedded.
 */
export function plannedQueries(req: Request): Planned[] {
  const everyPage: Planned[] = [
    { operationName: 'Viewer', variables: {} },
    { operationName: 'Boards', variables: {} },
  ];
  const board = /^\/b\/([^/]+)\/?$/.exec(req.path);
  if (board?.[1]) {
    const slug = decodeURIComponent(board[1]);
    const ideas: Planned[] = req.originalUrl.includes('?')
      ? []
      : [{ operationName: 'BoardIdeas', variables: { boardSlug: slug, ...BOARD_IDEAS_PAGE } }];
    return [
      ...everyPage,
      { operationName: 'Board', variables: { slug } },
      ...ideas,
      { operationName: 'BoardFollowing', variables: { slug } },
    ];
  }
  const idea = /^\/ideas\/([^/]+)\/?$/.exec(req.path);
  if (idea?.[1]) {
    const id = decodeURIComponent(idea[1]);
    return [
      ...everyPage,
      { operationName: 'IdeaDetail', variables: { id } },
      { operationName: 'IdeaFollowing', variables: { id } },
    ];
  }
  return everyPage;
}

/**
 * Runs the planned queries through this server's own /graphql, as the browser would: with the
 * request's cookie (so per-viewer fields such as viewerHasVoted are the viewer's) and client
 * address (for rate limits). Answers with errors, or late ones, are left out.
 */
export async function loadInitialData(req: Request, documents: Documents): Promise<InitialQuery[]> {
  const planned = plannedQueries(req).filter((item) => documents[item.operationName]);
  if (planned.length === 0) return [];
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return [];
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  const endpoint = `http://${host}:${localPort}/graphql`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-forwarded-for': req.ip ?? '',
  };
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  const answers = await Promise.all(
    planned.map(async (item): Promise<InitialQuery | undefined> => {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: documents[item.operationName], ...item }),
          signal,
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
        if (!response.ok || body.errors?.length || body.data == null) return undefined;
        return { ...item, data: body.data };
      } catch {
        return undefined;
      }
    }),
  );
  return answers.filter((answer): answer is InitialQuery => answer !== undefined);
}

/** A JSON data block; `<` is escaped so no value (a title with `</script>`) can end the element. */
export function initialDataScript(queries: InitialQuery[]): string {
  const json = JSON.stringify(queries).replace(/</g, '\\u003c');
  return `<script type="application/json" id="chorus-prefetch">${json}</script>`;
}
