import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IdeaModel } from '../ideas/idea.model.js';

export enum IdeaChangeKind {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  REMOVED = 'REMOVED',
}
registerEnumType(IdeaChangeKind, {
  name: 'IdeaChangeKind',
  description: 'What happened to an idea on a board being watched.',
  valuesMap: {
    ADDED: { description: 'A new idea is listed: just submitted, approved by a moderator, or unmerged.' },
    UPDATED: { description: 'Its votes, status, comment count or text changed.' },
    REMOVED: { description: 'It left the list: deleted (`idea` is null) or merged into another idea.' },
  },
});

@ObjectType('IdeaChange', { description: 'One change to an idea on a board, as the subscriber may see it.' })
export class IdeaChangeModel {
  @Field(() => IdeaChangeKind, { description: 'What happened.' }) kind: IdeaChangeKind;
  @Field(() => ID, { description: 'The idea that changed.' }) ideaId: string;
  @Field(() => IdeaModel, {
    nullable: true,
    description: 'The idea as it is now, read for you (votes, status, comments, your vote); null once deleted.',
  })
  idea: IdeaModel | null;
}
