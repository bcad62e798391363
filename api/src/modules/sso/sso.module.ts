import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AppTokenService } from './app-token.service.js';
import { OidcService } from './oidc.service.js';
import { SsoAccountsService } from './sso-accounts.service.js';
import { SsoController } from './sso.controller.js';
import { SsoResolver } from './sso.resolver.js';
import { SsoSettingsService } from './sso-settings.service.js';

/** Single sign-on: OpenID Connect, and "identify from your app" (a JWT the company's app signs). */
@Module({
  imports: [AccountsModule],
  controllers: [SsoController],
  providers: [SsoSettingsService, SsoAccountsService, OidcService, AppTokenService, SsoResolver],
  exports: [SsoSettingsService],
})
export class SsoModule {}
