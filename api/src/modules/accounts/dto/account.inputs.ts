import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Your current password and the one to use from now on.' })
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field({ description: '8 to 200 characters.' }) newPassword: string;
}

@InputType({ description: 'The address to move your account to, confirmed by your password.' })
export class ChangeEmailInput {
  @Field({ description: 'Receives a link; the account moves there when it is opened.' }) newEmail: string;
  @Field() password: string;
}

@InputType({ description: 'What others see of you.' })
export class UpdateProfileInput {
  @Field({ description: 'Name shown to others, 1 to 50 characters.' }) displayName: string;
}
