import { badInput } from '../errors.js';

/** Relay pagination state of a page (the GraphQL type is graphql/connection.ts' PageInfo). */
export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of a list, as every list query answers it. */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoShape;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

/** Validates `first` against the page size limits. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput({ first: `first must be between 0 and ${MAX_PAGE_SIZE}` });
  }
  return size;
}

/** Cursors are opaque base64url JSON tuples of the sort key and id (keyset pagination). */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput({ after: 'after is not a cursor from this list' });
}

/** Turns `first + 1` fetched rows into a connection page. */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  cursorOf: (row: R) => string,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of a list that is empty by definition (e.g. the replies of a reply). */
export function emptyConnection<T>(): ConnectionShape<T> {
  return toConnection<never, T>([], 0, 0, String, () => undefined as never);
}
