import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
  type WebhookFieldsFragment,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { usePagedQuery } from '../usePagedQuery';
import { useQuery } from '../useQuery';

export type Webhook = WebhookFieldsFragment;

/** Every webhook endpoint (admins), with the mutations of the admin page. */
export function useWebhooks() {
  const query = useQuery(WebhooksDocument, {});
  return {
    ...query,
    webhooks: computed(() => query.data.value?.webhooks ?? []),
    create: useMutation(CreateWebhookDocument, { invalidates: ['Webhooks'] }),
    update: useMutation(UpdateWebhookDocument, { invalidates: ['Webhooks'] }),
    remove: useMutation(DeleteWebhookDocument, { invalidates: ['Webhooks'] }),
    rotate: useMutation(RotateWebhookSecretDocument, { invalidates: ['Webhooks'] }),
  };
}

/** One endpoint's delivery attempts, newest first, with redelivery (which adds an attempt). */
export function useWebhookDeliveries(webhookId: MaybeRefOrGetter<string>) {
  const list = usePagedQuery(
    WebhookDeliveriesDocument,
    () => ({ webhookId: toValue(webhookId), first: 20 }),
    (data) => data.webhookDeliveries,
  );
  const redeliver = useMutation(RedeliverWebhookDocument, { invalidates: ['WebhookDeliveries'] });
  return { ...list, redeliver };
}
