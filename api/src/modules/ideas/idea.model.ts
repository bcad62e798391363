import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

export enum IdeaSort {
  TRENDING = 'TRENDING',
  TOP = 'TOP',
  NEW = 'NEW',
  OLDEST = 'OLDEST',
  SCORE = 'SCORE',
}
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  description: 'Order of an idea list.',
  valuesMap: {
    TRENDING: { description: 'Recent activity first: votes and comments decayed by age (τ = 7 days).' },
    TOP: { description: 'Most votes first.' },
    NEW: { description: 'Newest first.' },
    OLDEST: { description: 'Oldest first: the triage queue (with `status`), who has waited longest.' },
    SCORE: {
      description: 'Highest priority score first (the formula admins chose), unscored ideas last. Staff only.',
    },
  },
});

@ObjectType('Idea', { description: 'A product idea proposed by a customer.' })
export class IdeaModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Short summary, 4 to 120 characters.' }) title: string;
  @Field({ description: 'Details as Markdown source.' }) body: string;
  @Field(() => [String], { description: 'Up to five lower-case tags.' }) tags: string[];
  @Field(() => Int, { description: 'Exact number of members backing this idea.' }) voteCount: number;
  @Field(() => Int, { description: 'Exact number of visible comments, replies included.' }) commentCount: number;
  @Field(() => Float, { description: 'Trending score: ln Σ exp(t/τ) over activity, τ = 7 days. Higher is hotter.' })
  trendScore: number;
  @Field({ description: 'When the idea was submitted.' }) createdAt: Date;
  @Field({ description: 'When the idea last changed.' }) updatedAt: Date;

  @Field({ description: 'Hidden by a moderator: only staff still see it (never listed).' }) hidden: boolean;
  @Field({
    description: 'Waiting for a moderator to approve it (pre-moderated board); only staff and its author see it.',
  })
  pending: boolean;
  @Field({ description: 'Whether a moderator locked the discussion: only staff can still comment.' })
  commentsLocked: boolean;

  boardId: string;
  authorId: string;
  statusId: string;
  mergedIntoId: string | null;
  /** Staff have changed its status: its author's edit window is closed (idea-rules mayEditIdea). */
  staffTouched: boolean;
}

export const IdeaConnection = Connection(IdeaModel, 'Idea');
