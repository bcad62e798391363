import { DomainError } from '../../core/errors.js';

export const ssoFailed = (message = 'Single sign-on did not work. Try again, or sign in with your password.') =>
  new DomainError('UNAUTHENTICATED', 'SSO_FAILED', message);

export const ssoNotEnabled = () =>
  new DomainError('NOT_FOUND', 'SSO_NOT_ENABLED', 'This way of signing in is not enabled here.');
