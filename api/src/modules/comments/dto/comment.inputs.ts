import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A new comment on an idea, or a reply to a top-level comment.' })
export class PostCommentInput {
  @Field(() => ID, { description: 'The idea to comment on.' }) ideaId: string;
  @Field({ description: 'Markdown, 1 to 5,000 characters after trimming.' }) body: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Top-level comment of the same idea to reply to (replies are one level deep).',
  })
  parentId?: string | null;
  @Field({
    defaultValue: false,
    description: 'Post as an official answer; only product managers and admins may.',
  })
  official: boolean;
}

@InputType({ description: 'New text for one of your comments.' })
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment to edit.' }) id: string;
  @Field({ description: 'Markdown, 1 to 5,000 characters after trimming.' }) body: string;
}

@ArgsType()
export class CommentsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}

@ArgsType()
export class RepliesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many replies, at most 100.' })
  first?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of a reply (an edge of replyConnection): the replies after it.',
  })
  after?: string | null;
}
