import type { RouteLocationResolved } from 'vue-router';
import { fetchQuery } from './graphql/cache';
import {
  BoardDocument,
  BoardIdeasDocument,
  IdeaDetailDocument,
  type BoardIdeasQueryVariables,
} from './graphql/generated/graphql';
import { filtersFromQuery } from './composables/ideas/ideaFilters';
import { sortFromQuery } from './composables/ideas/ideaSort';
import { boardIdeasVariables } from './composables/ideas/useIdeas';
import { pageVariables } from './composables/usePagedQuery';

/**
 * On the first load, starts the data of the page being opened while its code is still on the
 * way, instead of after it ran. The pages' own queries use the same variables, so they join
 * these requests (or read their cached results) rather than sending new ones.
 */
export function prefetchRouteData(route: Pick<RouteLocationResolved, 'name' | 'params' | 'query'>): void {
  const param = (name: string) => {
    const value = route.params[name];
    return typeof value === 'string' ? value : undefined;
  };
  const ignore = () => undefined; // a failure shows where the page asks for the same data
  if (route.name === 'board') {
    const slug = param('slug');
    if (!slug) return;
    fetchQuery(BoardDocument, { slug }).catch(ignore);
    const variables = boardIdeasVariables(slug, sortFromQuery(route.query.sort), filtersFromQuery(route.query));
    fetchQuery(BoardIdeasDocument, pageVariables<BoardIdeasQueryVariables>(variables)).catch(ignore);
  } else if (route.name === 'idea') {
    const id = param('id');
    if (id) fetchQuery(IdeaDetailDocument, { id }).catch(ignore);
  }
}
