import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { UpdateSsoSettingsInput } from './dto/sso.inputs.js';
import { SsoOptionsModel, SsoSettingsModel } from './sso.model.js';
import { SsoSettingsService } from './sso-settings.service.js';

@Resolver()
export class SsoResolver {
  constructor(private readonly settings: SsoSettingsService) {}

  @Query(() => SsoOptionsModel, { description: 'The ways to sign in besides a password.' })
  async ssoOptions(): Promise<SsoOptionsModel> {
    const { oidc, appToken } = await this.settings.effective();
    return { oidcLabel: oidc?.label ?? null, appLoginUrl: appToken?.loginUrl ?? null };
  }

  @Query(() => SsoSettingsModel, { description: 'Admins only: single sign-on settings.' })
  ssoSettings(@Context() ctx: GqlContext): Promise<SsoSettingsModel> {
    return this.settings.view(ctx.viewer);
  }

  @Mutation(() => SsoSettingsModel, {
    description: 'Admins only: changes single sign-on (unless the environment sets it).',
  })
  updateSsoSettings(
    @Args('input') input: UpdateSsoSettingsInput,
    @Context() ctx: GqlContext,
  ): Promise<SsoSettingsModel> {
    return this.settings.update(ctx.viewer, input);
  }
}
