import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ScoreFormula {
  RICE = 'rice',
  WEIGHTED_VOTES = 'weighted_votes',
}
registerEnumType(ScoreFormula, {
  name: 'ScoreFormula',
  description: 'How an idea’s priority score is computed (one choice for the whole site).',
  valuesMap: {
    RICE: { description: 'Reach × impact × confidence ÷ effort; reach is the number of backers.' },
    WEIGHTED_VOTES: { description: 'Votes weighted by importance: must have 3, important 2, otherwise 1.' },
  },
});

@ObjectType('IdeaPriority', { description: 'What staff weigh an idea by (staff only).' })
export class IdeaPriorityModel {
  @Field(() => Int, { description: 'Reach: how many members back it (companies will add to it).' }) reach: number;
  @Field(() => Float, { description: 'Backing weighted by the importance each backer gave.' }) weightedVotes: number;
  @Field(() => Float, { nullable: true, description: 'Impact: 0.25, 0.5, 1, 2 or 3 (minimal to massive).' })
  impact: number | null;
  @Field(() => Int, { nullable: true, description: 'Confidence in percent, 0 to 100.' }) confidence: number | null;
  @Field(() => Float, { nullable: true, description: 'Effort in person-months, above 0 and at most 1000.' })
  effort: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The score by the chosen formula; null for RICE until impact, confidence and effort are set.',
  })
  score: number | null;

  ideaId: string;
}

@ObjectType('ScoreSettings', { description: 'How priority scores are computed.' })
export class ScoreSettingsModel {
  @Field(() => ScoreFormula, { description: 'The formula in use.' }) formula: ScoreFormula;
}

@InputType({ description: 'Staff’s estimates for an idea; null clears one.' })
export class SetIdeaPriorityInput {
  @Field(() => ID, { description: 'The idea.' }) ideaId: string;
  @Field(() => Float, { nullable: true, description: 'Impact: 0.25, 0.5, 1, 2 or 3.' }) impact?: number | null;
  @Field(() => Int, { nullable: true, description: 'Confidence in percent, 0 to 100.' }) confidence?: number | null;
  @Field(() => Float, { nullable: true, description: 'Effort in person-months, above 0, at most 1000.' })
  effort?: number | null;
}
