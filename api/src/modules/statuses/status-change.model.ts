import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('StatusChange', { description: "One step in an idea's status history." })
export class StatusChangeModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Why the status changed, as Markdown; empty when no note was given.' }) note: string;
  @Field({ description: 'When the change happened.' }) at: Date;

  ideaId: string;
  fromStatusId: string | null;
  toStatusId: string;
  byId: string;
}
