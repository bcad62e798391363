import { isEmailAddress } from '../email-address.js';
import { badInput, type FieldErrors } from '../errors.js';

/**
 * What an account's e-mail, password and display name must look like, checked the same way at
 * sign-up, reset and change. Each returns the message to show next to the field, or null.
 * Lengths are checked before the pattern (bounded work on hostile input).
 */

export function emailProblem(email: string): string | null {
  return isEmailAddress(email) ? null : 'Enter a valid e-mail address.';
}

export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'Use at least 8 characters.';
  if (password.length > 200) return 'Use at most 200 characters.';
  return null;
}

export function displayNameProblem(displayName: string): string | null {
  return displayName.length < 1 || displayName.length > 50 ? 'Use 1 to 50 characters.' : null;
}

/** BAD_USER_INPUT with a message per field when any check found a problem. */
export function refuseProblems(problems: Record<string, string | null>): void {
  const fields: FieldErrors = {};
  for (const [field, problem] of Object.entries(problems)) if (problem) fields[field] = problem;
  if (Object.keys(fields).length > 0) throw badInput(fields);
}

/**
 * An address is unique among verified accounts only (whoever verifies first holds it), so a
 * few unverified sign-ups may share it meanwhile; this many at most (sign-in tries each).
 */
export const ACCOUNTS_PER_ADDRESS = 3;
