import type { ApiError } from '@/graphql/errors';
import type { RoadmapIdeaFragment, RoadmapQuery, StatusFieldsFragment } from '@/graphql/generated/graphql';

export type RoadmapIdea = RoadmapIdeaFragment;
export type RoadmapStatus = StatusFieldsFragment;
type ColumnConnection = RoadmapQuery['roadmap'][number]['ideas'];

/** One roadmap column as the page shows it: the pages loaded so far plus their state. */
export interface RoadmapColumnState {
  status: RoadmapStatus;
  ideas: readonly RoadmapIdea[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  loadingMore: boolean;
  loadMoreError?: ApiError;
}

export function columnsFromQuery(result: RoadmapQuery): RoadmapColumnState[] {
  return result.roadmap.map((column) => ({
    status: column.status,
    ideas: column.ideas.edges.map((edge) => edge.node),
    totalCount: column.ideas.totalCount,
    hasNextPage: column.ideas.pageInfo.hasNextPage,
    endCursor: column.ideas.pageInfo.endCursor,
    loadingMore: false,
  }));
}

/** The API's column order: most votes first, then id descending. */
export function compareIdeas(a: RoadmapIdea, b: RoadmapIdea): number {
  if (a.voteCount !== b.voteCount) return b.voteCount - a.voteCount;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Adds the next page; ideas already shown (e.g. moved here meanwhile) are not repeated. */
export function appendPage(column: RoadmapColumnState, page: ColumnConnection): RoadmapColumnState {
  const seen = new Set(column.ideas.map((idea) => idea.id));
  return {
    ...column,
    ideas: [...column.ideas, ...page.edges.map((edge) => edge.node).filter((idea) => !seen.has(idea.id))],
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
    loadingMore: false,
    loadMoreError: undefined,
  };
}

/**
 * The columns after `idea` moved to the status `toKey`: gone from its old column, placed
 * in vote order in the new one (when that status is a column), totals adjusted.
 */
export function moveIdea(
  columns: readonly RoadmapColumnState[],
  idea: RoadmapIdea,
  toKey: string,
): RoadmapColumnState[] {
  return columns.map((column) => {
    const had = column.ideas.some((item) => item.id === idea.id);
    const rest = had ? column.ideas.filter((item) => item.id !== idea.id) : column.ideas;
    if (column.status.key === toKey) {
      return {
        ...column,
        ideas: [...rest, idea].sort(compareIdeas),
        totalCount: column.totalCount + (had ? 0 : 1),
      };
    }
    return had ? { ...column, ideas: rest, totalCount: Math.max(0, column.totalCount - 1) } : column;
  });
}

/**
 * The columns after a refresh of the same roadmap (a status change or a vote invalidated it):
 * each column's fresh first page replaces the range it covers; ideas shown beyond that range
 * (loaded with "load more", or placed here by a move on this page) stay, with the cursor after
 * them, so the reader keeps their place and a card just moved does not vanish.
 */
export function refreshColumns(
  shown: readonly RoadmapColumnState[],
  fresh: readonly RoadmapColumnState[],
): RoadmapColumnState[] {
  const inFresh = new Set(fresh.flatMap((column) => column.ideas.map((idea) => idea.id)));
  return fresh.map((column) => {
    const before = shown.find((item) => item.status.key === column.status.key);
    const last = column.ideas.at(-1);
    if (!before || !column.hasNextPage || !last) return column;
    const beyond = before.ideas.filter((idea) => !inFresh.has(idea.id) && compareIdeas(idea, last) > 0);
    if (beyond.length === 0) return column;
    return {
      ...column,
      ideas: [...column.ideas, ...beyond].sort(compareIdeas),
      hasNextPage: before.hasNextPage,
      endCursor: before.endCursor,
    };
  });
}

/** Which column holds an idea, if any. */
export function columnOf(columns: readonly RoadmapColumnState[], ideaId: string): RoadmapColumnState | undefined {
  return columns.find((column) => column.ideas.some((idea) => idea.id === ideaId));
}
