import {
  AcceptDuplicateSuggestionDocument,
  DismissDuplicateSuggestionDocument,
  DuplicateSuggestionsDocument,
  MergeIdeasDocument,
  SuggestDuplicateDocument,
  UnmergeIdeaDocument,
  type DuplicateSuggestionsQuery,
} from '@/graphql/generated/graphql';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { IDEA_QUERIES, REPUTATION_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';
import { usePagedQuery } from '../usePagedQuery';

export type DuplicateSuggestion = DuplicateSuggestionsQuery['duplicateSuggestions']['edges'][number]['node'];

/** What the picker shows of a candidate idea. */
export interface IdeaChoice {
  id: string;
  title: string;
  voteCount: number;
  status?: { name: string; color: string };
}

/** Reputation a member needs to suggest duplicates (the API's SUGGEST_DUPLICATE_REPUTATION). */
export const SUGGEST_DUPLICATE_REPUTATION = 20;

/** Candidates for "merge into" / "duplicate of": never the idea itself nor ones already merged here. */
export function candidatesFor<T extends { id: string }>(found: readonly T[], exclude: readonly string[]): T[] {
  const skip = new Set(exclude);
  return found.filter((idea) => !skip.has(idea.id));
}

/** What a merge will do, in plain words, for the confirmation step. */
export function mergeConsequences(source: { title: string; voteCount: number }, target: IdeaChoice): string[] {
  const votes = source.voteCount === 1 ? 'Its 1 vote moves' : `Its ${source.voteCount} votes move`;
  return [
    `${votes} to “${target.title}” (people who backed both count once; original dates are kept).`,
    `Its followers follow “${target.title}” too, and its backers are notified.`,
    `“${source.title}” closes for voting and links to “${target.title}”.`,
    'You can unmerge later: exactly what moved goes back.',
  ];
}

/**
 * A merge (or an unmerge) moves votes and followers between two ideas, closes or reopens one,
 * settles the suggestions about them, and moves reputation with the votes.
 */
const MERGE_INVALIDATES = [
  ...IDEA_QUERIES,
  ...REPUTATION_QUERIES,
  'IdeaFollowing',
  'DuplicateSuggestions',
  'BoardAnalytics',
] as const;

export const useMergeIdeas = () => useMutation(MergeIdeasDocument, { invalidates: MERGE_INVALIDATES });
export const useUnmergeIdea = () => useMutation(UnmergeIdeaDocument, { invalidates: MERGE_INVALIDATES });
export const useAcceptSuggestion = () =>
  useMutation(AcceptDuplicateSuggestionDocument, { invalidates: MERGE_INVALIDATES });
export const useSuggestDuplicate = () =>
  useMutation(SuggestDuplicateDocument, { invalidates: ['DuplicateSuggestions'] });
export const useDismissSuggestion = () =>
  useMutation(DismissDuplicateSuggestionDocument, { invalidates: ['DuplicateSuggestions'] });

export function useDuplicateSuggestions(boardSlug: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    DuplicateSuggestionsDocument,
    () => ({ boardSlug: toValue(boardSlug), first: 20 }),
    (result) => result.duplicateSuggestions,
  );
}
