import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonModel } from './person.model.js';
import { Role } from './role.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Sign-in e-mail; only the account owner and admins see it.',
  })
  email(@Parent() user: UserModel, @Context() ctx: GqlContext): string | null {
    return this.users.emailVisibleTo(ctx.viewer, user);
  }

  @Query(() => [PersonModel], { description: 'Admins only: members by name or e-mail (at most 50), by name.' })
  people(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Context() ctx: GqlContext,
  ): Promise<PersonModel[]> {
    return this.users.people(ctx.viewer, search);
  }

  @Mutation(() => UserModel, { description: 'Admins only: changes what a person may do.' })
  setUserRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
    @Context() ctx: GqlContext,
  ): Promise<UserModel> {
    return this.users.setRole(ctx.viewer, userId, role);
  }
}
