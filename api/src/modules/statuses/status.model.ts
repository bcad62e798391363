import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Status', { description: "A step in an idea's life on one board (Open, Planned, Done, ...)." })
export class StatusModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Stable machine key, e.g. `planned`; use it in filters and status changes.' }) key: string;
  @Field({ description: 'Display name.' }) name: string;
  @Field({ description: 'Badge colour as #rrggbb.' }) color: string;
  @Field(() => Int, { description: "Order among the board's statuses." }) position: number;
  @Field({ description: 'Whether ideas in this status take new votes.' }) acceptsVotes: boolean;
  @Field({ description: "Whether this status ends the idea's journey (Done, Declined)." }) isClosed: boolean;
  @Field({ description: 'Whether this status is a column of the public roadmap.' }) showOnRoadmap: boolean;

  boardId: string;
}
