import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

export enum WebhookFormat {
  STANDARD = 'standard',
  SLACK = 'slack',
}
registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'How events are posted to the endpoint.',
  valuesMap: {
    STANDARD: {
      description: 'Versioned JSON `{ type, version, timestamp, data }`, signed per Standard Webhooks.',
    },
    SLACK: {
      description: 'A readable line as `{ text }`, for a Slack (or compatible) incoming-webhook URL; unsigned.',
    },
  },
});

@ObjectType('Webhook', { description: 'An endpoint that receives events (admins only).' })
export class WebhookModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Where events are POSTed.' }) url: string;
  @Field(() => String, { nullable: true, description: 'The one board it hears about; null for every board.' })
  boardSlug: string | null;
  @Field(() => [String], {
    description:
      'Events it receives: idea.created, idea.updated, idea.status_changed, idea.merged, idea.deleted, vote.cast, ' +
      'vote.retracted, comment.created, comment.deleted.',
  })
  events: string[];
  @Field(() => WebhookFormat, { description: 'Payload format.' }) format: WebhookFormat;
  @Field({ description: 'What the admin noted about it.' }) description: string;
  @Field({ description: 'Paused endpoints receive nothing until resumed (updateWebhook with paused: false).' })
  paused: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was paused.' }) pausedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was paused (by an admin, or after failing a day).' })
  pausedReason: string | null;
  @Field({ description: 'When it was registered.' }) createdAt: Date;
  @Field({ description: 'When it last changed.' }) updatedAt: Date;
}

@ObjectType('WebhookSecretPayload', {
  description: 'An endpoint with its signing secret, which is shown only in this answer.',
})
export class WebhookSecretPayloadModel {
  @Field(() => WebhookModel, { description: 'The endpoint.' }) webhook: WebhookModel;
  @Field({
    description: 'The Standard Webhooks signing secret (`whsec_...`); verify each request with it. Shown only now.',
  })
  secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One attempt to deliver one event to an endpoint.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Stable identifier; pass it to redeliverWebhook.' }) id: string;
  @Field({ description: 'The `webhook-id` header: the same on every attempt of one event.' }) messageId: string;
  @Field({ description: 'The event, e.g. idea.created.' }) eventType: string;
  @Field({ description: 'The event in one readable line.' }) summary: string;
  @Field(() => Int, { description: 'Which attempt at this event it was, from 1.' }) attempt: number;
  @Field({ description: 'Whether the endpoint answered 2xx.' }) succeeded: boolean;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the answer; null when there was none.' })
  statusCode: number | null;
  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' }) durationMs: number;
  @Field(() => String, { nullable: true, description: 'What went wrong, when it failed.' }) error: string | null;
  @Field(() => String, { nullable: true, description: 'The start of the response body (at most 2 kB).' })
  responseExcerpt: string | null;
  @Field({ description: 'When the attempt was made.' }) createdAt: Date;
}

export const WebhookDeliveryConnection = Connection(WebhookDeliveryModel, 'WebhookDelivery');

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The endpoint.' }) webhookId: string;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}
