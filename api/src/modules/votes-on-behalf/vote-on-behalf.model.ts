import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum VoteSource {
  CALL = 'call',
  EMAIL = 'email',
  CHAT = 'chat',
  OTHER = 'other',
}
registerEnumType(VoteSource, {
  name: 'VoteSource',
  description: 'Where staff heard the customer ask for the idea.',
  valuesMap: {
    CALL: { description: 'A sales or support call.' },
    EMAIL: { description: 'An e-mail.' },
    CHAT: { description: 'A chat conversation.' },
    OTHER: { description: 'Anywhere else (a meeting, a conference, ...).' },
  },
});

export enum VoteImportance {
  NICE_TO_HAVE = 'nice_to_have',
  IMPORTANT = 'important',
  MUST_HAVE = 'must_have',
}
registerEnumType(VoteImportance, {
  name: 'VoteImportance',
  description: 'How much an idea matters to the member backing it.',
  valuesMap: {
    NICE_TO_HAVE: { description: 'Nice to have.' },
    IMPORTANT: { description: 'Important.' },
    MUST_HAVE: { description: 'Must have: a deal-breaker without it.' },
  },
});

@ObjectType('VoteOnBehalf', {
  description: 'A vote staff recorded for a customer, with where it came from (shown to staff only).',
})
export class VoteOnBehalfModel {
  @Field(() => VoteSource, { description: 'Where the customer asked for it.' }) source: VoteSource;
  @Field({ description: 'What the customer said, as staff noted it (plain text, may be empty).' }) quote: string;
  @Field(() => VoteImportance, { nullable: true, description: 'How much it matters to the customer.' })
  importance: VoteImportance | null;
  @Field({ description: 'When it was recorded.' }) recordedAt: Date;

  ideaId: string;
  customerId: string;
  recordedById: string;
}

@InputType({
  description:
    'A vote for a customer: an existing member (customerId) or someone new by e-mail, whose account is created ' +
    'unconfirmed and who is told by mail how to take it over.',
})
export class RecordVoteOnBehalfInput {
  @Field(() => ID, { description: 'The idea.' }) ideaId: string;
  @Field(() => ID, { nullable: true, description: 'An existing member; give this or customerEmail.' })
  customerId?: string | null;
  @Field(() => String, { nullable: true, description: 'The customer’s e-mail address; give this or customerId.' })
  customerEmail?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Name for a new account (1 to 50 characters); the e-mail’s local part when omitted.',
  })
  customerName?: string | null;
  @Field(() => VoteSource, { description: 'Where the customer asked for it.' }) source: VoteSource;
  @Field({ defaultValue: '', description: 'What the customer said, at most 2,000 characters.' }) quote: string;
  @Field(() => VoteImportance, { nullable: true, description: 'How much it matters to the customer.' })
  importance?: VoteImportance | null;
}
