import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { AuditEntryConnection, AuditEntryModel, AuditLogArgs } from './audit.model.js';
import { AuditService } from './audit.service.js';
import { userLoaders } from '../users/users.loaders.js';
import { ideaLoaders } from '../ideas/idea.loaders.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Admins only: status changes, merges, moderation actions and role changes, newest first.',
  })
  auditLog(@Args() args: AuditLogArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<AuditEntryModel>> {
    return this.audit.page(ctx.viewer, args);
  }

  @Query(() => [UserModel], { description: 'Admins only: everyone with an entry in the audit log, by name.' })
  async auditLogActors(@Context() ctx: GqlContext): Promise<UserModel[]> {
    const users = await ctx.loaders.get(userLoaders).byId.loadMany(await this.audit.actorIds(ctx.viewer));
    return users
      .filter((user): user is UserModel => user !== null && !(user instanceof Error))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  @ResolveField(() => IdeaModel, {
    nullable: true,
    description: 'The idea the subject is or belongs to (for comments and duplicate suggestions); null once deleted.',
  })
  idea(@Parent() entry: AuditEntryModel, @Context() ctx: GqlContext): Promise<IdeaModel | null> | null {
    return entry.ideaId ? ctx.loaders.get(ideaLoaders).byId('readable').load(entry.ideaId) : null;
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'The member the action applied to, for user.* actions; null otherwise.',
  })
  subjectUser(@Parent() entry: AuditEntryModel, @Context() ctx: GqlContext): Promise<UserModel | null> | null {
    return entry.subjectType === 'user' && entry.subjectId
      ? ctx.loaders.get(userLoaders).byId.load(entry.subjectId)
      : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it; null if the account is gone.' })
  actor(@Parent() entry: AuditEntryModel, @Context() ctx: GqlContext): Promise<UserModel | null> | null {
    return entry.actorId ? ctx.loaders.get(userLoaders).byId.load(entry.actorId) : null;
  }
}
