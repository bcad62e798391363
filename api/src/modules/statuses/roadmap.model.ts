import { Field, ObjectType } from '@nestjs/graphql';
import { StatusModel } from './status.model.js';

@ObjectType('RoadmapColumn', { description: 'One column of the public roadmap: a status and its ideas.' })
export class RoadmapColumnModel {
  @Field(() => StatusModel, { description: 'The status this column shows.' }) status: StatusModel;
}
