import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { GqlContext } from '../../graphql/context.js';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../../http/request-credentials.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { AuthPayload, SignInInput, SignUpInput } from './dto/auth.inputs.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in account, or null for visitors.' })
  viewer(@Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.viewer ? this.users.get(ctx.viewer.id) : Promise.resolve(null);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in (sets the session cookie).' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.startSession(ctx, await this.auth.signUp(input, ctx.req.ip));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password (sets the session cookie).' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.startSession(ctx, await this.auth.signIn(input, ctx.req.ip));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session. Always true.' })
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.signOut(sessionTokenOf(ctx.req, this.config.publicUrl));
    clearSessionCookie(ctx.res, this.config.publicUrl);
    return true;
  }

  private async startSession(ctx: GqlContext, { user, sessionToken, expiresInDays }: SignedIn): Promise<AuthPayload> {
    await this.sessions.describe(sessionToken, ctx.req.headers['user-agent']);
    ctx.viewer = { id: user.id, role: user.role }; // the payload's owner-only fields (email) are theirs to see
    setSessionCookie(ctx.res, this.config.publicUrl, sessionToken, expiresInDays);
    return { user };
  }
}
