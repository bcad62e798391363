import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { badInput } from '../../graphql/errors.js';

@ObjectType({ description: 'Relay pagination state of a connection page.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow the last edge.' }) hasNextPage: boolean;
  @Field({ description: 'Whether items precede the first edge (always false for forward pagination).' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' }) startCursor: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a Relay connection type (`XConnection` with `XEdge`) for a GraphQL object type. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' }) cursor: string;
    @Field(() => nodeType, { description: 'The item at the end of the edge.' }) node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false, description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' }) edges: Edge<T>[];
    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Exact number of items in the whole list, across all pages.' }) totalCount: number;
  }
  return ConnectionType;
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
