import { Field, ID, InputType } from '@nestjs/graphql';
import { WebhookFormat } from '../webhook.model.js';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookInput {
  @Field({ description: 'https:// (or http://) URL to POST events to; private addresses are refused.' }) url: string;
  @Field(() => [String], { description: 'Events to receive (at least one); see Webhook.events.' }) events: string[];
  @Field(() => String, { nullable: true, description: 'Only events of this board; omitted or null: every board.' })
  boardSlug?: string | null;
  @Field(() => WebhookFormat, { defaultValue: WebhookFormat.STANDARD, description: 'Payload format.' })
  format: WebhookFormat;
  @Field({ defaultValue: '', description: 'A note for admins, at most 200 characters.' }) description: string;
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'Endpoint to change.' }) id: string;
  @Field(() => String, { nullable: true, description: 'New URL.' }) url?: string | null;
  @Field(() => [String], { nullable: true, description: 'New event list (replaces the old one).' })
  events?: string[] | null;
  @Field(() => String, { nullable: true, description: 'A board slug; null: every board; omitted: unchanged.' })
  boardSlug?: string | null;
  @Field(() => WebhookFormat, { nullable: true, description: 'New payload format.' }) format?: WebhookFormat | null;
  @Field(() => String, { nullable: true, description: 'New note.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true pauses the endpoint; false resumes it.' })
  paused?: boolean | null;
}
