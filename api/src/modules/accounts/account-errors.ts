import { DomainError, conflict } from '../../core/errors.js';

/** A mailed link that is unknown, altered, already used or expired: all look the same. */
export const invalidLink = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'INVALID_LINK',
    'This link is not valid any more: it was used already or it expired. Ask for a new one.',
  );

export const emailTaken = () =>
  conflict('EMAIL_TAKEN', 'Another account has already verified this e-mail address.', {
    email: 'Another account has already verified this e-mail address.',
  });

export const wrongPassword = (field = 'password') =>
  new DomainError('BAD_USER_INPUT', 'WRONG_PASSWORD', 'That is not your current password.', {
    [field]: 'That is not your current password.',
  });
