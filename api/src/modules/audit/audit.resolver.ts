import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../common/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { AuditEntryConnection, AuditEntryModel, AuditLogArgs } from './audit.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Admins only: status changes, merges, moderation actions and role changes, newest first.',
  })
  auditLog(@Args() args: AuditLogArgs, @Context() ctx: GqlContext): Promise<ConnectionShape<AuditEntryModel>> {
    return this.audit.page(ctx.viewer, args);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it; null if the account is gone.' })
  actor(@Parent() entry: AuditEntryModel, @Context() ctx: GqlContext): Promise<UserModel | null> | null {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
