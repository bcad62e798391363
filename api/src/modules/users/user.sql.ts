/** Columns of a `users` row (alias `u`) as a UserModel. */
export const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.reputation, u.created_at AS "createdAt",
  u.email_verified_at IS NOT NULL AS "emailVerified"`;
