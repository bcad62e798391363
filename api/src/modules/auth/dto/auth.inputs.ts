import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/user.model.js';

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field({ description: 'E-mail address; unique regardless of case.' }) email: string;
  @Field({ description: 'At least 8 characters.' }) password: string;
  @Field({ description: 'Name shown to others, 1 to 50 characters.' }) displayName: string;
}

@InputType({ description: 'Credentials of an existing account.' })
export class SignInInput {
  @Field() email: string;
  @Field() password: string;
}

@ObjectType({ description: 'Result of signing up or in; the session cookie is set on the response.' })
export class AuthPayload {
  @Field(() => UserModel, { description: 'The signed-in account.' }) user: UserModel;
}
