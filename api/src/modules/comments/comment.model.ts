import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType('Comment', {
  description:
    'A comment on an idea, or a reply to one (one level deep). A removed comment that still has replies ' +
    'stays in the thread as a placeholder (deleted: true, empty body, no author); otherwise it is left out.',
})
export class CommentModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Markdown source; empty when the comment was removed.' }) body: string;
  @Field({ description: 'Whether this is an official answer from the product team (product manager or admin).' })
  official: boolean;
  @Field({ description: 'Whether the comment was removed (kept only as a placeholder above its replies).' })
  deleted: boolean;
  @Field({ description: 'Hidden by a moderator: shown as "hidden by a moderator", with an empty body.' })
  hidden: boolean;
  @Field({ description: 'When the comment was posted.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the author last edited it; null if never.' })
  editedAt: Date | null;

  ideaId: string;
  authorId: string;
  parentId: string | null;
}

export const CommentConnection = Connection(CommentModel, 'Comment');
