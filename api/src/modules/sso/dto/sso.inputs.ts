import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Single sign-on settings; a secret left empty keeps the one saved.' })
export class UpdateSsoSettingsInput {
  @Field() oidcEnabled: boolean;
  @Field(() => String, { nullable: true, description: 'e.g. https://accounts.google.com' }) oidcIssuer?: string | null;
  @Field(() => String, { nullable: true }) oidcClientId?: string | null;
  @Field(() => String, { nullable: true }) oidcClientSecret?: string | null;
  @Field(() => String, { nullable: true, description: 'Button text, e.g. "Sign in with Okta".' })
  oidcLabel?: string | null;
  @Field() appEnabled: boolean;
  @Field(() => String, { nullable: true, description: 'HS256 shared secret, at least 32 characters.' })
  appSecret?: string | null;
  @Field(() => String, { nullable: true, description: 'JWKS URL for RS256, EdDSA or ES256 tokens.' })
  appJwksUrl?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Your app’s sign-in page (the Chorus sign-in page links to it).',
  })
  appLoginUrl?: string | null;
}
