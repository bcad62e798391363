import { computed } from 'vue';
import {
  SsoOptionsDocument,
  SsoSettingsDocument,
  UpdateSsoSettingsDocument,
  type SsoSettingsFieldsFragment,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export type SsoSettings = SsoSettingsFieldsFragment;

/** Why single sign-on sent the browser back to the sign-in page (`?sso_error=<reason>`). */
export const SSO_ERRORS: Readonly<Record<string, string>> = {
  SSO_FAILED: 'Single sign-on did not work. Try again, or sign in with your password.',
  SSO_NOT_ENABLED: 'That way of signing in is not enabled here.',
  EMAIL_TAKEN:
    'An account already uses the e-mail address your sign-in service gave us. Sign in with its password instead.',
  INVALID_APP_TOKEN: 'Your sign-in link from the app expired or was used already. Go back to the app and try again.',
};

/** The sign-in page's other ways in; the `next` path rides along. */
export function useSsoOptions() {
  const query = useQuery(SsoOptionsDocument, {});
  return {
    ...query,
    oidcLabel: computed(() => query.data.value?.ssoOptions.oidcLabel ?? null),
    appLoginUrl: computed(() => query.data.value?.ssoOptions.appLoginUrl ?? null),
  };
}

/** Admins: single sign-on settings and saving them. */
export function useSsoSettings() {
  const query = useQuery(SsoSettingsDocument, {});
  const update = useMutation(UpdateSsoSettingsDocument, { invalidates: ['SsoSettings', 'SsoOptions'] });
  return { ...query, settings: computed(() => query.data.value?.ssoSettings ?? null), update };
}
