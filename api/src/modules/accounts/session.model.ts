import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A browser signed in to your account.' })
export class SessionModel {
  @Field(() => ID) id: string;
  @Field({ description: 'When this browser signed in.' }) createdAt: Date;
  @Field({ description: 'When it will have to sign in again.' }) expiresAt: Date;
  @Field(() => String, { nullable: true, description: 'The browser as it described itself (User-Agent).' })
  userAgent: string | null;
  @Field({ description: 'Whether this is the session making the request.' }) current: boolean;
}
