import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType('AuditEntry', {
  description: 'One audited action of the product team: who did what, when, before and after.',
})
export class AuditEntryModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({
    description:
      'What happened: idea.status_changed, idea.merged, idea.unmerged, idea.hidden, idea.unhidden, idea.approved, ' +
      'idea.comments_locked, idea.comments_unlocked, idea.deleted, comment.hidden, comment.unhidden, comment.deleted, ' +
      'flags.dismissed, user.suspended, user.unsuspended, user.role_changed, user.email_changed, ' +
      'user.data_exported, user.deleted, duplicate_suggestion.dismissed, ' +
      'webhook.created, webhook.updated, webhook.deleted, webhook.secret_rotated, api_token.created, api_token.revoked, ' +
      'sso_settings.updated (which settings changed; secrets only as set, new or not set).',
  })
  action: string;
  @Field({
    description:
      'Kind of the subject: idea, comment, user, duplicate_suggestion, webhook, api_token or sso_settings (no id).',
  })
  subjectType: string;
  @Field(() => ID, { nullable: true, description: 'The subject the action applied to.' }) subjectId: string | null;
  @Field(() => String, { nullable: true, description: 'State before the action, as a JSON object text.' })
  before: string | null;
  @Field(() => String, { nullable: true, description: 'State after the action, as a JSON object text.' })
  after: string | null;
  @Field({ description: 'When it happened.' }) createdAt: Date;

  actorId: string | null;
  /** The idea the subject is or belongs to (a comment's idea, a suggestion's idea). */
  ideaId: string | null;
}

export const AuditEntryConnection = Connection(AuditEntryModel, 'AuditEntry');

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. idea.merged.' }) action?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only actions by this person.' }) actorId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Only actions at or after this time.' }) since?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only actions before this time.' }) until?: Date | null;
}
