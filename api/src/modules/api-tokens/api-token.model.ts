import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiToken', { description: 'A personal token for integrations; the secret itself is shown only once.' })
export class ApiTokenModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'What the owner called it, e.g. "Jira sync".' }) name: string;
  @Field({ description: 'When it was created.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it last authenticated a request.' }) lastUsedAt: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new token with its secret, which cannot be retrieved again.' })
export class CreatedApiTokenModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown only now.' }) token: string;
  @Field(() => ApiTokenModel, { description: 'The stored token.' }) apiToken: ApiTokenModel;
}
