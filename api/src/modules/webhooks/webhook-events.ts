import type { DomainEventName } from '../../core/events/domain-events.js';

/** The events an endpoint may subscribe to; each is the `type` of its payload. */
export const WEBHOOK_EVENTS = [
  'idea.created',
  'idea.updated',
  'idea.status_changed',
  'idea.merged',
  'idea.deleted',
  'vote.cast',
  'vote.retracted',
  'comment.created',
  'comment.deleted',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** The domain event behind each webhook event (named for integrators, not after our internals). */
export const WEBHOOK_EVENT_OF = {
  'idea.submitted': 'idea.created',
  'idea.updated': 'idea.updated',
  'idea.status_changed': 'idea.status_changed',
  'idea.merged': 'idea.merged',
  'idea.deleted': 'idea.deleted',
  'vote.cast': 'vote.cast',
  'vote.retracted': 'vote.retracted',
  'comment.posted': 'comment.created',
  'comment.deleted': 'comment.deleted',
} as const satisfies Partial<Record<DomainEventName, WebhookEventType>>;
export type WebhookSourceEvent = keyof typeof WEBHOOK_EVENT_OF;

/** Version of the payload envelope and data shapes; a breaking change makes a new version. */
export const PAYLOAD_VERSION = 1;

export const isWebhookEvent = (name: string): name is WebhookEventType =>
  (WEBHOOK_EVENTS as readonly string[]).includes(name);
