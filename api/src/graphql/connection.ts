import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ConnectionShape, Edge, PageInfoShape } from '../core/pagination/connection.js';

@ObjectType({ description: 'Relay pagination state of a connection page.' })
export class PageInfo implements PageInfoShape {
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
