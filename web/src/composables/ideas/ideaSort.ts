import type { LocationQueryValue } from 'vue-router';
import type { IdeaSort } from '@/graphql/generated/graphql';

export interface IdeaSortOption {
  value: IdeaSort;
  label: string;
  /** Value of `?sort=` in the URL; the default order has none, so its URL stays clean. */
  param: string | undefined;
  /** Phrase for announcements: "Showing <phrase>". */
  phrase: string;
}

export const DEFAULT_IDEA_SORT: IdeaSort = 'TRENDING';

export const IDEA_SORTS: readonly IdeaSortOption[] = [
  { value: 'TRENDING', label: 'Trending', param: undefined, phrase: 'trending ideas' },
  { value: 'TOP', label: 'Top', param: 'top', phrase: 'most voted ideas' },
  { value: 'NEW', label: 'New', param: 'new', phrase: 'newest ideas' },
];

/** Reads `?sort=`; anything unknown falls back to the default order. */
export function sortFromQuery(value: LocationQueryValue | LocationQueryValue[] | undefined): IdeaSort {
  const param = Array.isArray(value) ? value[0] : value;
  return (
    IDEA_SORTS.find((option) => option.param !== undefined && option.param === param?.toLowerCase())?.value ??
    DEFAULT_IDEA_SORT
  );
}

export function sortOption(sort: IdeaSort): IdeaSortOption {
  return IDEA_SORTS.find((option) => option.value === sort) ?? IDEA_SORTS[0]!;
}
