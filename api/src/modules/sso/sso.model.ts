import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SsoOptions', { description: 'The ways to sign in besides a password, for the sign-in page.' })
export class SsoOptionsModel {
  @Field(() => String, {
    nullable: true,
    description: 'OpenID Connect is on: the button label. Start at /sso/oidc/start?next=<path>.',
  })
  oidcLabel: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The company's own sign-in page, when it identifies its customers to Chorus.",
  })
  appLoginUrl: string | null;
}

@ObjectType('SsoSettings', { description: 'Single sign-on as an admin sees it; secrets only as set or not.' })
export class SsoSettingsModel {
  @Field() oidcEnabled: boolean;
  @Field(() => String, { nullable: true }) oidcIssuer: string | null;
  @Field(() => String, { nullable: true }) oidcClientId: string | null;
  @Field() oidcClientSecretSet: boolean;
  @Field() oidcLabel: string;
  @Field({ description: 'Set by OIDC_* environment variables: read-only here.' }) oidcFromEnvironment: boolean;
  @Field({ description: 'The redirect URI to register with the identity provider.' }) oidcRedirectUri: string;
  @Field() appEnabled: boolean;
  @Field({ description: 'An HS256 shared secret is saved.' }) appSecretSet: boolean;
  @Field(() => String, { nullable: true, description: 'Keys for RS256, EdDSA or ES256 tokens.' })
  appJwksUrl: string | null;
  @Field(() => String, { nullable: true }) appLoginUrl: string | null;
  @Field({ description: 'Set by SSO_JWT_* environment variables: read-only here.' }) appFromEnvironment: boolean;
  @Field({ description: 'Where the app sends its customers: this URL with ?token=<JWT>&next=<path>.' })
  appSignInUrl: string;
}
