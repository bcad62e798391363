import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

@InputType({ description: 'Merge the source idea into the target idea (a duplicate into the original).' })
export class MergeIdeasInput {
  @Field(() => ID, { description: 'The duplicate: it stops taking votes and shows "merged into" the target.' })
  sourceId: string;
  @Field(() => ID, { description: 'The idea that receives the backing of the source.' }) targetId: string;
}

export enum DuplicateSuggestionState {
  OPEN = 'open',
  ACCEPTED = 'accepted',
  DISMISSED = 'dismissed',
}
registerEnumType(DuplicateSuggestionState, {
  name: 'DuplicateSuggestionState',
  description: 'Where a duplicate suggestion stands.',
  valuesMap: {
    OPEN: { description: 'Waiting for staff.' },
    ACCEPTED: { description: 'Staff merged the ideas.' },
    DISMISSED: { description: 'Staff decided they are not duplicates.' },
  },
});

@ObjectType('DuplicateSuggestion', { description: "A member's suggestion that one idea duplicates another." })
export class DuplicateSuggestionModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field(() => DuplicateSuggestionState, { description: 'Open, accepted (merged) or dismissed.' })
  state: DuplicateSuggestionState;
  @Field({ description: 'When it was suggested.' }) createdAt: Date;

  ideaId: string;
  duplicateOfId: string;
  suggestedById: string;
}

export const DuplicateSuggestionConnection = Connection(DuplicateSuggestionModel, 'DuplicateSuggestion');

@ArgsType()
export class DuplicateSuggestionsArgs {
  @Field({ description: 'Board whose open suggestions to list.' }) boardSlug: string;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}
