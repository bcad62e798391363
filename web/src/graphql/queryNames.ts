/**
 * The operation names of the app's queries: what cache entries are tagged with, and what a
 * mutation names in `invalidates` (useMutation). A type only, so it costs no bytes; queryNames.spec.ts
 * keeps it equal to the query documents (web/src/composables/**\/*.graphql).
 */
export type QueryName =
  | 'ApiTokens'
  | 'AuditLog'
  | 'AuditLogActors'
  | 'Board'
  | 'BoardAnalytics'
  | 'BoardFollowing'
  | 'BoardIdeas'
  | 'BoardStatuses'
  | 'Boards'
  | 'DuplicateSuggestions'
  | 'IdeaComments'
  | 'IdeaDetail'
  | 'IdeaFollowing'
  | 'IdeaInternalNotes'
  | 'Leaderboard'
  | 'ModerationQueue'
  | 'NotificationPreferences'
  | 'Notifications'
  | 'PendingIdeas'
  | 'Roadmap'
  | 'Sessions'
  | 'SimilarIdeas'
  | 'UnreadNotificationCount'
  | 'UserAnswers'
  | 'UserIdeas'
  | 'UserProfile'
  | 'Viewer'
  | 'ViewerReputation'
  | 'WebhookDeliveries'
  | 'Webhooks';
