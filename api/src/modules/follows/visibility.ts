/**
 * SQL condition: user `u` may see board `b` (public, staff, or a granted member of a private board).
 * The same rule as BoardsService.canSee, for set-based recipient queries.
 */
export const USER_CAN_SEE_BOARD = `(NOT b.is_private OR u.role IN ('moderator', 'product_manager', 'admin')
  OR EXISTS (SELECT 1 FROM board_members bm WHERE bm.board_id = b.id AND bm.user_id = u.id))`;
