import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { ApiTokenModel, ApiTokenScope, CreatedApiTokenModel } from './api-token.model.js';
import { ApiTokensService, MAX_TOKEN_DAYS } from './api-tokens.service.js';

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiTokenModel], { description: "The viewer's active API tokens." })
  apiTokens(@Context() ctx: GqlContext): Promise<ApiTokenModel[]> {
    return this.tokens.list(ctx.viewer);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a personal API token; its secret is returned only once.',
  })
  createApiToken(
    @Args('name') name: string,
    @Args('scope', {
      type: () => ApiTokenScope,
      defaultValue: ApiTokenScope.READ,
      description: 'What it may do (least by default).',
    })
    scope: ApiTokenScope,
    @Args('expiresInDays', {
      type: () => Int,
      nullable: true,
      description: `Days until it stops working, 1 to ${MAX_TOKEN_DAYS}; omitted or null: until revoked.`,
    })
    expiresInDays: number | null,
    @Context() ctx: GqlContext,
  ): Promise<CreatedApiTokenModel> {
    return this.tokens.create(ctx.viewer, { name, scope, expiresInDays: expiresInDays ?? null });
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your tokens; false when there was no such active token.' })
  revokeApiToken(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.tokens.revoke(ctx.viewer, id);
  }
}
