import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Board', { description: 'A place where a company collects ideas about one product or topic.' })
export class BoardModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'URL handle, unique across boards.' }) slug: string;
  @Field({ description: 'Display name.' }) name: string;
  @Field({ description: 'What this board is for (Markdown).' }) description: string;
  @Field({ description: 'Private boards are visible only to staff and granted members.' }) isPrivate: boolean;
  @Field({ description: "A member's first idea on this board waits for a moderator before it is listed." })
  premoderateFirstIdea: boolean;
  @Field({ description: 'When the board was opened.' }) createdAt: Date;
}
