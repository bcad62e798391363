import type { RouteLocationResolved } from 'vue-router';
import { fetchQuery, queryKey, seedQuery } from './graphql/cache';
import type { BoardIdeasQueryVariables, TypedDocumentString } from './graphql/generated/graphql';
import { LANDING_QUERIES } from './graphql/landingQueries';
import { filtersFromQuery } from './composables/ideas/ideaFilters';
import { sortFromQuery } from './composables/ideas/ideaSort';
import { boardIdeasVariables } from './composables/ideas/useIdeas';
import { pageVariables } from './composables/usePagedQuery';
import { operationNameOf } from './graphql/client';

/** One answer the server embedded in index.html (api/src/web/initial-data.ts). */
interface InitialQuery {
  operationName: string;
  variables: unknown;
  data: unknown;
}

function readInitialData(): InitialQuery[] {
  const text = document.getElementById('chorus-prefetch')?.textContent;
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as InitialQuery[]) : [];
  } catch {
    return [];
  }
}

/**
 * On the first load, starts the data of the page being opened while its code is still on the
 * way, instead of after it ran: who is signed in and the boards (the header, on every page), and
 * a board or idea page's own queries. The pages' own queries use the same variables, so they join
 * these requests (or read their cached results) rather than sending new ones. Data the server
 * embedded in the page for the same query and variables is used instead of a request; the server
 * plans the same list (api/src/web/initial-data.ts).
 */
export function prefetchRouteData(route: Pick<RouteLocationResolved, 'name' | 'params' | 'query'>): void {
  const initial = readInitialData();
  const start = <TResult, TVars>(document: TypedDocumentString<TResult, TVars>, variables: TVars) => {
    const key = queryKey(document, variables);
    const name = operationNameOf(document.toString());
    const embedded = initial.find((item) => item.operationName === name && queryKey(document, item.variables) === key);
    if (embedded) seedQuery(key, embedded.data);
    else fetchQuery(document, variables, key).catch(() => undefined); // a failure shows where the page asks again
  };
  const param = (name: string) => {
    const value = route.params[name];
    return typeof value === 'string' ? value : undefined;
  };
  start(LANDING_QUERIES.Viewer, {});
  start(LANDING_QUERIES.Boards, {});
  if (route.name === 'board') {
    const slug = param('slug');
    if (!slug) return;
    start(LANDING_QUERIES.Board, { slug });
    const variables = boardIdeasVariables(slug, sortFromQuery(route.query.sort), filtersFromQuery(route.query));
    start(LANDING_QUERIES.BoardIdeas, pageVariables<BoardIdeasQueryVariables>(variables));
    start(LANDING_QUERIES.BoardFollowing, { slug });
  } else if (route.name === 'idea') {
    const id = param('id');
    if (!id) return;
    start(LANDING_QUERIES.IdeaDetail, { id });
    start(LANDING_QUERIES.IdeaFollowing, { id });
  }
}
