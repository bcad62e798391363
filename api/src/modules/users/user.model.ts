import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from './role.model.js';

@ObjectType('User', { description: 'A person with an account.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Name shown next to their ideas and comments.' }) displayName: string;
  @Field(() => Role, { description: 'What this person may do; staff roles are shown as badges.' }) role: Role;
  @Field(() => Int, { description: 'Reputation earned from helpful contributions.' }) reputation: number;
  @Field({ description: 'When the account was created.' }) createdAt: Date;

  /** Private: exposed only through the `email` field resolver to the owner and admins. */
  email: string;
  /** Private like `email` (the accounts module exposes it to the same people). */
  emailVerified: boolean;
}
