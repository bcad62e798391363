import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountSettingsService } from './account-settings.service.js';
import { AccountsResolver } from './accounts.resolver.js';
import { DataRightsService } from './data-rights.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { SessionsService } from './sessions.service.js';

/** Keeping an account: verified e-mail, password reset and change, profile, sessions. */
@Module({
  imports: [MailModule, UsersModule],
  providers: [
    EmailVerificationService,
    PasswordResetService,
    AccountSettingsService,
    SessionsService,
    DataRightsService,
    AccountsResolver,
  ],
  exports: [EmailVerificationService, SessionsService, PasswordResetService],
})
export class AccountsModule {}
