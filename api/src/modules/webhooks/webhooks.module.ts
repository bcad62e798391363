import { Module } from '@nestjs/common';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

/** Outgoing webhooks: admins' endpoints, and the delivery of domain events to them as jobs. */
@Module({ providers: [WebhooksService, WebhookDeliveryService, WebhooksResolver] })
export class WebhooksModule {}
