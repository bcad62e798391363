import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

@ObjectType('Person', { description: 'A member as the people admin page lists them (admins).' })
export class PersonModel {
  @Field(() => UserModel) user: UserModel;
  @Field(() => [String], { description: 'Slugs of the private boards this person was granted.' })
  privateBoards: string[];
}
