import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../core/pagination/connection.js';
import type { GqlContext } from '../../graphql/context.js';
import { CreateWebhookInput, UpdateWebhookInput } from './dto/webhook.inputs.js';
import {
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookModel,
  WebhookSecretPayloadModel,
} from './webhook.model.js';
import { WebhooksService } from './webhooks.service.js';

@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookModel], { description: 'Admins only: every webhook endpoint, oldest first.' })
  webhooks(@Context() ctx: GqlContext): Promise<WebhookModel[]> {
    return this.service.list(ctx.viewer);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "Admins only: an endpoint's delivery attempts, newest first.",
  })
  webhookDeliveries(
    @Args() args: WebhookDeliveriesArgs,
    @Context() ctx: GqlContext,
  ): Promise<ConnectionShape<WebhookDeliveryModel>> {
    return this.service.deliveries(ctx.viewer, args);
  }

  @Mutation(() => WebhookSecretPayloadModel, {
    description: 'Admins only: registers an endpoint; its signing secret is returned only now.',
  })
  createWebhook(
    @Args('input') input: CreateWebhookInput,
    @Context() ctx: GqlContext,
  ): Promise<WebhookSecretPayloadModel> {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => WebhookModel, { description: 'Admins only: changes, pauses or resumes an endpoint.' })
  updateWebhook(@Args('input') input: UpdateWebhookInput, @Context() ctx: GqlContext): Promise<WebhookModel> {
    return this.service.update(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Admins only: deletes an endpoint and its log; false if there was none.' })
  deleteWebhook(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.service.delete(ctx.viewer, id);
  }

  @Mutation(() => WebhookSecretPayloadModel, {
    description: 'Admins only: replaces the signing secret at once; the new one is returned only now.',
  })
  rotateWebhookSecret(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<WebhookSecretPayloadModel> {
    return this.service.rotateSecret(ctx.viewer, id);
  }

  @Mutation(() => Boolean, {
    description: 'Admins only: sends the event of a delivery again, once, in the background (see webhookDeliveries).',
  })
  redeliverWebhook(
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.service.redeliver(ctx.viewer, deliveryId);
  }
}
