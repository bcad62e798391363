import { computed } from 'vue';
import {
  NotificationPreferencesDocument,
  UpdateNotificationPreferencesDocument,
  type EmailFrequency,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

/** The choices, in the order shown, worded from the API's EmailFrequency descriptions. */
export const EMAIL_FREQUENCIES: ReadonlyArray<{ value: EmailFrequency; label: string; hint: string; saved: string }> = [
  {
    value: 'IMMEDIATELY',
    label: 'Immediately',
    hint: 'One e-mail per notification, as it happens.',
    saved: 'Chorus will e-mail you as things happen.',
  },
  {
    value: 'DAILY_DIGEST',
    label: 'Daily digest',
    hint: 'One e-mail a day bundling the day’s notifications.',
    saved: 'Chorus will send you one e-mail a day.',
  },
  {
    value: 'NEVER',
    label: 'Never',
    hint: 'No e-mail; notifications stay in the app.',
    saved: 'Chorus will not e-mail you.',
  },
];

/** The viewer's notification preferences (owner-only field) and saving them. */
export function useNotificationPreferences() {
  const query = useQuery(NotificationPreferencesDocument, {});
  const update = useMutation(UpdateNotificationPreferencesDocument, { invalidates: ['NotificationPreferences'] });
  return {
    ...query,
    email: computed(() => query.data.value?.viewer?.notificationPreferences?.email),
    update,
    async save(email: EmailFrequency): Promise<EmailFrequency | undefined> {
      const result = await update.run({ input: { email } });
      return result?.updateNotificationPreferences.email;
    },
  };
}
