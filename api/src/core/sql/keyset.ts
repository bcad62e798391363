import { badInput } from '../errors.js';
import { decodeCursor, encodeCursor, toConnection, type ConnectionShape } from '../pagination/connection.js';
import { isUuid } from './uuid.js';

/** SQL types a sort key may have; the cursor keeps the key as text, exact to the microsecond. */
export type SortKeyType = 'timestamptz' | 'integer' | 'double precision';

export interface KeysetOrder {
  /** SQL expression of the sort key, e.g. `i.created_at`. */
  key: string;
  type: SortKeyType;
  /** SQL expression of the unique tie-breaker (a uuid), e.g. `i.id`. */
  id: string;
  ascending?: boolean;
}

export interface KeysetPage {
  /** Condition selecting the rows after the cursor (`true` on the first page). */
  after: string;
  orderBy: string;
  /** Select item carrying the row's sort key as `"sortKey"` (for its cursor). */
  sortKey: string;
}

const VALID: Record<SortKeyType, (text: string) => boolean> = {
  timestamptz: (text) => text.length <= 40 && !Number.isNaN(Date.parse(text)),
  integer: (text) => text.length <= 11 && /^-?\d+$/.test(text),
  'double precision': (text) => text.length <= 32 && Number.isFinite(Number(text)),
};

/**
 * Keyset pagination on (sort key, id): the one way lists page. `after` is validated (a cursor of
 * this list or BAD_USER_INPUT) and its values are pushed onto `params`; inserts between pages
 * never make a row be skipped or repeated.
 */
export function keysetPage(order: KeysetOrder, after: string | null | undefined, params: unknown[]): KeysetPage {
  const [direction, beyond] = order.ascending ? ['ASC', '>'] : ['DESC', '<'];
  const page = {
    after: 'true',
    orderBy: `${order.key} ${direction}, ${order.id} ${direction}`,
    sortKey: `${order.key}::text AS "sortKey"`,
  };
  if (!after) return page;
  const [value, id] = decodeKeyset(after, order.type);
  params.push(value, id);
  page.after = `(${order.key}, ${order.id}) ${beyond} ($${params.length - 1}::${order.type}, $${params.length}::uuid)`;
  return page;
}

/** The (sort key, id) of a keyset cursor, validated for a key of `type`, or BAD_USER_INPUT. */
export function decodeKeyset(after: string, type: SortKeyType): [string, string] {
  const [value, id] = decodeCursor(after, 2).map(String);
  if (!isUuid(id) || !VALID[type](value)) throw badInput({ after: 'after is not a cursor from this list' });
  return [value, id];
}

/** Rows fetched with `LIMIT first + 1` and a `"sortKey"` column → a connection page (sortKey dropped). */
export function keysetConnection<T extends { sortKey: string }, N = Omit<T, 'sortKey'>>(
  rows: T[],
  first: number,
  totalCount: number,
  options: { idOf?: (row: T) => string; toNode?: (row: Omit<T, 'sortKey'>) => N } = {},
): ConnectionShape<N> {
  const idOf = options.idOf ?? ((row: T) => (row as unknown as { id: string }).id);
  const toNode = options.toNode ?? ((row: Omit<T, 'sortKey'>) => row as unknown as N);
  return toConnection(
    rows,
    first,
    totalCount,
    (row) => encodeCursor([row.sortKey, idOf(row)]),
    ({ sortKey: _sortKey, ...node }) => toNode(node),
  );
}
