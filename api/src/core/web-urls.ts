/**
 * Links into the web app, for mails and feeds. The SPA's routes (web/src/router.ts) are the one
 * source of truth: build every web URL here, so that a renamed route changes in one place.
 */
export const webUrls = {
  idea: (publicUrl: string, ideaId: string, commentId?: string | null): string =>
    `${publicUrl}/ideas/${ideaId}${commentId ? `#comment-${commentId}` : ''}`,
  board: (publicUrl: string, slug: string): string => `${publicUrl}/b/${slug}`,
  roadmap: (publicUrl: string, slug: string): string => `${publicUrl}/b/${slug}/roadmap`,
  notifications: (publicUrl: string): string => `${publicUrl}/notifications`,
  notificationSettings: (publicUrl: string): string => `${publicUrl}/settings/notifications`,
  verifyEmail: (publicUrl: string, token: string): string =>
    `${publicUrl}/verify-email?token=${encodeURIComponent(token)}`,
  resetPassword: (publicUrl: string, token: string): string =>
    `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
  changelog: (publicUrl: string): string => `${publicUrl}/changelog`,
  changelogEntry: (publicUrl: string, entryId: string): string => `${publicUrl}/changelog/${entryId}`,
  accountSettings: (publicUrl: string): string => `${publicUrl}/settings/account`,
};
