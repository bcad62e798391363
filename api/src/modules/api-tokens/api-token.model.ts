import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL face of core/viewer.ts' TokenScope (same values). */
export enum ApiTokenScope {
  READ = 'read',
  WRITE = 'write',
  ADMIN = 'admin',
}
registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What a token may do; each scope includes the ones before it.',
  valuesMap: {
    READ: { description: 'Queries and subscriptions only: every mutation is refused (FORBIDDEN TOKEN_SCOPE).' },
    WRITE: { description: 'Also mutations, except those that need the admin role.' },
    ADMIN: { description: 'Everything its owner may do; only admins can create such tokens.' },
  },
});

@ObjectType('ApiToken', { description: 'A personal token for integrations; the secret itself is shown only once.' })
export class ApiTokenModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'What the owner called it, e.g. "Jira sync".' }) name: string;
  @Field(() => ApiTokenScope, { description: 'What it may do, chosen when it was created.' }) scope: ApiTokenScope;
  @Field({ description: 'When it was created.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it stops working; null: until revoked.' })
  expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it last authenticated a request.' }) lastUsedAt: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new token with its secret, which cannot be retrieved again.' })
export class CreatedApiTokenModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown only now.' }) token: string;
  @Field(() => ApiTokenModel, { description: 'The stored token.' }) apiToken: ApiTokenModel;
}
