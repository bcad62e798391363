import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('InternalNote', { description: 'A staff-only note on an idea; never shown to members.' })
export class InternalNoteModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Markdown source.' }) body: string;
  @Field({ description: 'When it was written.' }) createdAt: Date;

  ideaId: string;
  authorId: string;
}

@InputType({ description: 'A new staff-only note on an idea.' })
export class AddInternalNoteInput {
  @Field(() => ID, { description: 'The idea.' }) ideaId: string;
  @Field({ description: 'Markdown, 1 to 5,000 characters after trimming.' }) body: string;
}
