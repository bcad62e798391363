import {
  ChangeEmailDocument,
  ChangePasswordDocument,
  RequestEmailVerificationDocument,
  UpdateProfileDocument,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';

/**
 * What a member changes about their own account. The viewer (the session store) is what shows
 * the name and address, so callers refresh it after a success; a new name also shows on ideas
 * and comments, which `updateProfile` invalidates.
 */
export function useAccountSettings() {
  return {
    updateProfile: useMutation(UpdateProfileDocument, {
      invalidates: ['Viewer', 'IdeaDetail', 'BoardIdeas', 'IdeaComments', 'UserProfile'],
    }),
    changeEmail: useMutation(ChangeEmailDocument),
    changePassword: useMutation(ChangePasswordDocument, { invalidates: ['Sessions'] }),
    requestVerification: useMutation(RequestEmailVerificationDocument),
  };
}
