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

/** Which column holds an idea, if any. */
export function columnOf(columns: readonly RoadmapColumnState[], ideaId: string): RoadmapColumnState | undefined {
  return columns.find((column) => column.ideas.some((idea) => idea.id === ideaId));
}
