import { invalidateQueries } from '@/graphql/cache';
import { request } from '@/graphql/client';
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

export async function mergeIdeas(sourceId: string, targetId: string): Promise<void> {
  await request(MergeIdeasDocument, { input: { sourceId, targetId } });
  invalidateQueries();
}

export async function unmergeIdea(id: string): Promise<void> {
  await request(UnmergeIdeaDocument, { id });
  invalidateQueries();
}

export async function suggestDuplicate(ideaId: string, duplicateOfId: string): Promise<void> {
  await request(SuggestDuplicateDocument, { ideaId, duplicateOfId });
  invalidateQueries();
}

export async function acceptSuggestion(id: string): Promise<void> {
  await request(AcceptDuplicateSuggestionDocument, { id });
  invalidateQueries();
}

export async function dismissSuggestion(id: string): Promise<void> {
  await request(DismissDuplicateSuggestionDocument, { id });
  invalidateQueries();
}

export function useDuplicateSuggestions(boardSlug: MaybeRefOrGetter<string>) {
  return usePagedQuery(
    DuplicateSuggestionsDocument,
    () => ({ boardSlug: toValue(boardSlug), first: 20 }),
    (result) => result.duplicateSuggestions,
  );
}
