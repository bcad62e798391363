import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('User', { description: 'A person with an account. Only public details are exposed.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Name shown next to their ideas and comments.' }) displayName: string;
  @Field(() => Int, { description: 'Reputation earned from helpful contributions.' }) reputation: number;
  @Field({ description: 'When the account was created.' }) createdAt: Date;
}
