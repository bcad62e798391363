import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

export enum FlagReason {
  SPAM = 'spam',
  ABUSIVE = 'abusive',
  OFF_TOPIC = 'off_topic',
  OTHER = 'other',
}
registerEnumType(FlagReason, {
  name: 'FlagReason',
  description: 'Why a member flagged content.',
  valuesMap: {
    SPAM: { description: 'Advertising or junk.' },
    ABUSIVE: { description: 'Insulting, hateful or harassing.' },
    OFF_TOPIC: { description: 'Not about this product.' },
    OTHER: { description: 'Something else; see the note.' },
  },
});

export enum FlaggedItemKind {
  IDEA = 'idea',
  COMMENT = 'comment',
}
registerEnumType(FlaggedItemKind, { name: 'FlaggedItemKind', description: 'What kind of content was flagged.' });

@InputType({ description: 'Flag an idea or a comment (exactly one of ideaId, commentId) for moderators.' })
export class FlagContentInput {
  @Field(() => ID, { nullable: true, description: 'The idea to flag.' }) ideaId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The comment to flag.' }) commentId?: string | null;
  @Field(() => FlagReason, { description: 'Why.' }) reason: FlagReason;
  @Field(() => String, { nullable: true, defaultValue: '', description: 'Optional details, at most 1,000 characters.' })
  note?: string | null;
}

@ObjectType('Flag', { description: "A member's flag on an idea or comment." })
export class FlagModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field(() => FlagReason, { description: 'Why it was flagged.' }) reason: FlagReason;
  @Field({ description: "The flagger's note." }) note: string;
  @Field({ description: 'When it was flagged.' }) createdAt: Date;
}

@ObjectType('ModerationItem', { description: 'An idea or comment with open flags, as moderators see it.' })
export class ModerationItemModel {
  @Field(() => ID, { description: 'The flagged idea or comment id (pass it to dismissFlags / deleteSpam).' })
  itemId: string;
  @Field(() => FlaggedItemKind, { description: 'Idea or comment.' }) kind: FlaggedItemKind;
  @Field(() => Int, { description: 'Number of open flags.' }) flagCount: number;
  @Field(() => [FlagReason], { description: 'Distinct reasons given.' }) reasons: FlagReason[];
  @Field(() => [String], { description: 'Non-empty notes of the flaggers, oldest first.' }) notes: string[];
  @Field({ description: 'When the oldest open flag was raised.' }) firstFlaggedAt: Date;
  @Field({ description: 'When the newest open flag was raised.' }) lastFlaggedAt: Date;
  @Field({ description: 'The flagged text as written (idea title and body, or comment body), hidden or not.' })
  content: string;
  @Field({ description: 'Whether the item is already hidden.' }) hidden: boolean;

  ideaId: string;
  commentId: string | null;
  authorId: string;
}

export const ModerationItemConnection = Connection(ModerationItemModel, 'ModerationItem');

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}
