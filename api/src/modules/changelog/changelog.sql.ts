/** Columns of a changelog entry (alias `e`) as ChangelogEntryModel. */
export const CHANGELOG_ENTRY_COLUMNS = `e.id, e.title, e.body, to_char(e.released_on, 'YYYY-MM-DD') AS "releasedOn",
  e.published_at AS "publishedAt", e.created_at AS "createdAt", e.updated_at AS "updatedAt",
  e.created_by_id AS "createdById"`;
