import type { LocationQuery, LocationQueryRaw, LocationQueryValue } from 'vue-router';

/** Filters of a board's idea list; each lives in the URL query (`status`, `tag`, `q`). */
export interface IdeaFilters {
  status: string | undefined;
  tag: string | undefined;
  search: string | undefined;
}

export const NO_FILTERS: IdeaFilters = { status: undefined, tag: undefined, search: undefined };

/** URL parameter of each filter. */
const PARAMS = { status: 'status', tag: 'tag', search: 'q' } as const satisfies Record<keyof IdeaFilters, string>;

function single(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads `?status=&tag=&q=`; empty or missing values mean "no filter". */
export function filtersFromQuery(query: LocationQuery): IdeaFilters {
  const tag = single(query[PARAMS.tag]);
  return {
    status: single(query[PARAMS.status])?.toLowerCase(),
    tag: tag?.toLowerCase(),
    search: single(query[PARAMS.search]),
  };
}

/**
 * The URL query with some filters changed; every other parameter (e.g. `sort`) stays.
 * Cleared filters leave the URL, so the default view keeps a clean address.
 */
export function queryWithFilters(query: LocationQuery, changes: Partial<IdeaFilters>): LocationQueryRaw {
  const next: LocationQueryRaw = { ...query };
  for (const key of Object.keys(changes) as (keyof IdeaFilters)[]) {
    const value = changes[key]?.trim();
    if (value) next[PARAMS[key]] = value;
    else delete next[PARAMS[key]];
  }
  return next;
}

/** The URL query with every filter removed (the order stays). */
export function queryWithoutFilters(query: LocationQuery): LocationQueryRaw {
  return queryWithFilters(query, NO_FILTERS);
}

export function hasFilters(filters: IdeaFilters): boolean {
  return filters.status !== undefined || filters.tag !== undefined || filters.search !== undefined;
}
