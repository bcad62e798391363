import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { UserModel } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AuthPayload, SignInInput, SignUpInput } from './dto/auth.inputs.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in account, or null for visitors.' })
  viewer(@Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.viewer ? this.users.get(ctx.viewer.id) : Promise.resolve(null);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in (sets the session cookie).' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return { user: await this.auth.signUp(input, ctx.res) };
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password (sets the session cookie).' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return { user: await this.auth.signIn(input, ctx.req, ctx.res) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session. Always true.' })
  signOut(@Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.signOut(ctx.req, ctx.res);
  }
}
