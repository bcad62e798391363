import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { GqlContext } from '../../graphql/context.js';
import { clearSessionCookie, sessionTokenOf } from '../../http/request-credentials.js';
import { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AccountSettingsService } from './account-settings.service.js';
import { DataRightsService } from './data-rights.service.js';
import { ChangeEmailInput, ChangePasswordInput, UpdateProfileInput } from './dto/account.inputs.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { SessionModel } from './session.model.js';
import { SessionsService } from './sessions.service.js';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
    private readonly settings: AccountSettingsService,
    private readonly sessionList: SessionsService,
    private readonly users: UsersService,
    private readonly dataRights: DataRightsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the e-mail address is verified (mail goes only to verified addresses); owner and admins only.',
  })
  emailVerified(@Parent() user: UserModel, @Context() ctx: GqlContext): boolean | null {
    return this.users.emailVisibleTo(ctx.viewer, user) === null ? null : user.emailVerified;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the account signs in with a password (or only with single sign-on); owner only.',
  })
  hasPassword(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<boolean> | null {
    return ctx.viewer?.id === user.id ? this.settings.hasPassword(user.id) : null;
  }

  @Mutation(() => String, {
    description: 'Everything Chorus holds about you, as a JSON document (recorded in the audit log).',
  })
  exportMyData(@Context() ctx: GqlContext): Promise<string> {
    return this.dataRights.export(ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes your account: sessions, tokens, follows and e-mail go; ideas and comments stay, credited to ' +
      'a former member; votes stay counted. Confirmed by your password, or (without one) a fresh single sign-on.',
  })
  async deleteAccount(
    @Args('password', { type: () => String, nullable: true }) password: string | null,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.dataRights.delete(ctx.viewer, sessionTokenOf(ctx.req, this.config.publicUrl), password);
    clearSessionCookie(ctx.res, this.config.publicUrl);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails the signed-in member a new link to verify their address.' })
  requestEmailVerification(@Context() ctx: GqlContext): Promise<boolean> {
    return this.verification.request(ctx.viewer);
  }

  @Mutation(() => UserModel, {
    description: 'Verifies the address a mailed link was sent to (the `token` query parameter of the link).',
  })
  verifyEmail(@Args('token') token: string): Promise<UserModel> {
    return this.verification.verify(token);
  }

  @Mutation(() => Boolean, {
    description: 'Mails a reset link if an account has this address. Always true, whether or not one does.',
  })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.reset.request(email);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a mailed link, and signs out every session.' })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.reset.reset(token, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Changes your password and signs out your other sessions.' })
  changePassword(@Args('input') input: ChangePasswordInput, @Context() ctx: GqlContext): Promise<boolean> {
    return this.settings.changePassword(ctx.viewer, sessionTokenOf(ctx.req, this.config.publicUrl), input);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a link to the new address; your account moves there when it is opened, and the old address is told.',
  })
  changeEmail(@Args('input') input: ChangeEmailInput, @Context() ctx: GqlContext): Promise<boolean> {
    return this.settings.changeEmail(ctx.viewer, input);
  }

  @Mutation(() => UserModel, { description: 'Changes what others see of you.' })
  updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: GqlContext): Promise<UserModel> {
    return this.settings.updateProfile(ctx.viewer, input);
  }

  @Query(() => [SessionModel], { description: 'Browsers signed in to your account, newest first.' })
  sessions(@Context() ctx: GqlContext): Promise<SessionModel[]> {
    return this.sessionList.list(ctx.viewer, sessionTokenOf(ctx.req, this.config.publicUrl));
  }

  @Mutation(() => Boolean, { description: 'Signs one of your sessions out (this one too, if it is this one).' })
  async revokeSession(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    if (await this.sessionList.revoke(ctx.viewer, id, sessionTokenOf(ctx.req, this.config.publicUrl))) {
      clearSessionCookie(ctx.res, this.config.publicUrl);
    }
    return true;
  }

  @Mutation(() => Boolean, { description: 'Signs every session of your account out, this one included.' })
  async signOutEverywhere(@Context() ctx: GqlContext): Promise<boolean> {
    await this.sessionList.signOutEverywhere(ctx.viewer);
    clearSessionCookie(ctx.res, this.config.publicUrl);
    return true;
  }
}
