import type { CacheKey } from '@/graphql/cache';

/**
 * Queries that several kinds of change touch, for mutations' `invalidates` (useMutation).
 * Each mutation lists its own on top of these.
 */

/** Ideas with their vote count, status, tags and comment count: lists, the idea page, the roadmap, profiles. */
export const IDEA_QUERIES = [
  'BoardIdeas',
  'IdeaDetail',
  'Roadmap',
  'UserIdeas',
  'TriageIdeas',
] as const satisfies readonly CacheKey[];

/** Reputation and badges, which votes, status changes, merges and helpful answers earn. */
export const REPUTATION_QUERIES = [
  'Leaderboard',
  'UserProfile',
  'ViewerReputation',
] as const satisfies readonly CacheKey[];

/** The moderators' queues, where flagged, hidden and pending content shows. */
export const MODERATION_QUERIES = ['ModerationQueue', 'PendingIdeas'] as const satisfies readonly CacheKey[];
