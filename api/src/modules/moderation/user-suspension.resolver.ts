import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../core/viewer.js';
import type { GqlContext } from '../../graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { suspensionLoaders } from './suspensions.loaders.js';

/** Adds `User.suspendedUntil` (moderation owns suspensions). */
@Resolver(() => UserModel)
export class UserSuspensionResolver {
  @ResolveField(() => Date, {
    nullable: true,
    description:
      'End of the current suspension (far future when indefinite); null when not suspended. Visible to staff ' +
      'and to the member themself, null for everyone else.',
  })
  suspendedUntil(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<Date | null> | null {
    if (!isStaff(ctx.viewer) && ctx.viewer?.id !== user.id) return null;
    return ctx.loaders.get(suspensionLoaders).suspendedUntilByUserId.load(user.id);
  }
}
