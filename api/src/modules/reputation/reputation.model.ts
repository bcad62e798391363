import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model.js';
import { LeaderboardPeriod } from './reputation.service.js';

export enum BadgeKind {
  FIRST_IDEA = 'FIRST_IDEA',
  HUNDRED_VOTES = 'HUNDRED_VOTES',
  SHIPPED = 'SHIPPED',
  FIVE_HELPFUL_ANSWERS = 'FIVE_HELPFUL_ANSWERS',
}
registerEnumType(BadgeKind, {
  name: 'BadgeKind',
  description: 'A recognition a member earns.',
  valuesMap: {
    FIRST_IDEA: { description: 'Submitted a first idea.' },
    HUNDRED_VOTES: { description: 'Has an idea with 100 votes or more.' },
    SHIPPED: { description: 'Has an idea that was shipped (status Done).' },
    FIVE_HELPFUL_ANSWERS: { description: 'Five comments marked as helpful answers.' },
  },
});

registerEnumType(LeaderboardPeriod, {
  name: 'LeaderboardPeriod',
  description: 'Which points a leaderboard counts.',
  valuesMap: {
    ALL_TIME: { description: 'Every point ever earned on the board.' },
    LAST_30_DAYS: { description: 'Points awarded in the last 30 days.' },
  },
});

@ObjectType('Badge', {
  description: 'A recognition, computed from the member’s current record (not stored: it follows the facts).',
})
export class BadgeModel {
  @Field(() => BadgeKind, { description: 'Which badge.' }) kind: BadgeKind;
  @Field({ description: 'Display name.' }) name: string;
  @Field({ description: 'What earned it.' }) description: string;
}

@ObjectType('LeaderboardEntry', { description: 'One member’s place on a board’s leaderboard.' })
export class LeaderboardEntryModel {
  @Field(() => Int, { description: '1 for the member with the most points.' }) rank: number;
  @Field(() => UserModel, { description: 'The member.' }) user: UserModel;
  @Field(() => Int, { description: 'Points earned on this board in the period.' }) points: number;
  userId: string;
}

export const BADGES: Record<BadgeKind, Omit<BadgeModel, 'kind'>> = {
  [BadgeKind.FIRST_IDEA]: { name: 'First idea', description: 'Submitted a first idea.' },
  [BadgeKind.HUNDRED_VOTES]: { name: 'Crowd favourite', description: 'An idea of theirs reached 100 votes.' },
  [BadgeKind.SHIPPED]: { name: 'Shipped', description: 'An idea of theirs was shipped.' },
  [BadgeKind.FIVE_HELPFUL_ANSWERS]: { name: 'Helper', description: 'Five of their answers were marked helpful.' },
};
