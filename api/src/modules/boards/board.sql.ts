/** Columns of a `boards` row (alias `b`) as a BoardModel. */
export const BOARD_COLUMNS = `b.id, b.slug, b.name, b.description, b.is_private AS "isPrivate",
  b.premoderate_first_idea AS "premoderateFirstIdea", b.created_at AS "createdAt"`;
