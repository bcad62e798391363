import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IdeaModel } from '../ideas/idea.model.js';

@ObjectType('WeeklyActivity', { description: 'Activity on a board during one ISO week (Monday 00:00 UTC).' })
export class WeeklyActivityModel {
  @Field({ description: 'Monday 00:00 UTC that starts the week.' }) weekStart: Date;
  @Field(() => Int, { description: 'Ideas submitted.' }) ideas: number;
  @Field(() => Int, { description: 'Votes cast (a merge copying votes does not count them again).' }) votes: number;
  @Field(() => Int, { description: 'Comments and replies posted.' }) comments: number;
}

@ObjectType('MemberActivity', {
  description:
    'Members who submitted, voted or commented on the board in the period. new + returning = active: ' +
    'returning members were also active on the board before the period, new ones were not.',
})
export class MemberActivityModel {
  @Field(() => Int, { description: 'Distinct active members.' }) active: number;
  @Field(() => Int, { description: 'Active for the first time on this board.' }) new: number;
  @Field(() => Int, { description: 'Active in this period and in an earlier one.' }) returning: number;
}

@ObjectType('TopContributor', { description: 'A member ranked by ideas plus comments in the period, then votes.' })
export class TopContributorModel {
  @Field(() => Int, { description: 'Ideas submitted in the period.' }) ideas: number;
  @Field(() => Int, { description: 'Comments posted in the period.' }) comments: number;
  @Field(() => Int, { description: 'Votes cast in the period.' }) votes: number;

  userId: string;
}

@ObjectType('StatusFunnel', {
  description:
    'Of the ideas submitted in the period: how many ever reached Planned (planned, in_progress or done) and Done, ' +
    'according to the status history.',
})
export class StatusFunnelModel {
  @Field(() => Int, { description: 'Ideas submitted in the period.' }) submitted: number;
  @Field(() => Int, { description: 'Of those, ideas that reached planned or a later roadmap stage.' })
  reachedPlanned: number;
  @Field(() => Int, { description: 'Of those, ideas that reached done.' }) reachedDone: number;
}

@ObjectType('BoardAnalytics', { description: "Staff figures for a board's ideas in a date range [from, to)." })
export class BoardAnalyticsModel {
  @Field({ description: 'Start of the period (inclusive).' }) from: Date;
  @Field({ description: 'End of the period (exclusive).' }) to: Date;
  @Field(() => [WeeklyActivityModel], { description: 'One entry per ISO week overlapping the period, oldest first.' })
  weeks: WeeklyActivityModel[];
  @Field(() => MemberActivityModel, { description: 'Active, new and returning members.' }) members: MemberActivityModel;
  @Field(() => [TopContributorModel], { description: 'Up to 10 most active members.' })
  topContributors: TopContributorModel[];
  @Field(() => StatusFunnelModel, { description: 'How far the ideas of the period got.' }) funnel: StatusFunnelModel;
  @Field(() => Float, {
    nullable: true,
    description:
      'Median hours from submission to the first staff response (first official comment or first status ' +
      'change), over ideas of the period that got one; null when none did.',
  })
  medianHoursToFirstResponse: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Median hours from submission to Done, over ideas of the period that reached Done; null when none did.',
  })
  medianHoursToDone: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share (0 to 1) of the ideas of the period answered by staff within 7 days; null when there are none.',
  })
  answeredWithin7DaysShare: number | null;
  @Field(() => [IdeaModel], { description: 'Up to 10 open ideas (status not closed) with the most votes, today.' })
  mostWanted: IdeaModel[];
}
