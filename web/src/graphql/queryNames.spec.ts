import { describe, expect, it } from 'vitest';
import { operationNameOf } from './client';
import * as generated from './generated/graphql';
import type { QueryName } from './queryNames';

/** Every QueryName once (the type checker rejects a missing or unknown one). */
const ALL: Record<QueryName, true> = {
  AccountSignIn: true,
  ApiTokens: true,
  AuditLog: true,
  AuditLogActors: true,
  Board: true,
  BoardAnalytics: true,
  BoardFollowing: true,
  BoardIdeas: true,
  BoardStatuses: true,
  Boards: true,
  Changelog: true,
  ChangelogEntry: true,
  CommentReplies: true,
  DuplicateSuggestions: true,
  IdeaComments: true,
  IdeaDetail: true,
  IdeaFollowing: true,
  IdeaInternalNotes: true,
  IdeaPriority: true,
  IdeaVotesOnBehalf: true,
  Leaderboard: true,
  ModerationQueue: true,
  NotificationPreferences: true,
  Notifications: true,
  PendingIdeas: true,
  People: true,
  Roadmap: true,
  Sessions: true,
  SimilarIdeas: true,
  SsoOptions: true,
  SsoSettings: true,
  TriageIdeas: true,
  UnreadNotificationCount: true,
  UserAnswers: true,
  UserIdeas: true,
  UserProfile: true,
  Viewer: true,
  ViewerReputation: true,
  WebhookDeliveries: true,
  Webhooks: true,
};

describe('QueryName', () => {
  it('names exactly the queries among the generated documents', () => {
    const queries = Object.values(generated)
      .filter((value) => value instanceof generated.TypedDocumentString)
      .map((document) => document.toString().trim())
      .filter((text) => text.startsWith('query '))
      .map((text) => operationNameOf(text))
      .sort();
    expect(queries).toEqual(Object.keys(ALL).sort());
  });
});
