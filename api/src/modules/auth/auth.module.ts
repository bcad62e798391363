import { Global, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

/** Global: the GraphQL context factory resolves every request's viewer through AuthService. */
@Global()
@Module({ imports: [UsersModule, AccountsModule], providers: [AuthService, AuthResolver], exports: [AuthService] })
export class AuthModule {}
