import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

export enum NotificationKind {
  STATUS_CHANGED = 'status_changed',
  OFFICIAL_RESPONSE = 'official_response',
  REPLY = 'reply',
  MENTION = 'mention',
  VOTE_MILESTONE = 'vote_milestone',
  IDEA_MERGED = 'idea_merged',
  CHANGELOG = 'changelog',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    STATUS_CHANGED: { description: 'An idea you follow changed status (with the product team’s note).' },
    OFFICIAL_RESPONSE: { description: 'The product team answered officially on an idea you follow.' },
    REPLY: { description: 'Someone replied to your comment.' },
    MENTION: { description: 'Someone mentioned you as @Display Name in a comment.' },
    VOTE_MILESTONE: { description: 'Your idea reached 10, 50 or 100 votes.' },
    IDEA_MERGED: { description: 'An idea you backed was merged into another one; your vote counts there now.' },
    CHANGELOG: { description: 'Release notes were published that ship an idea you backed (once per release).' },
  },
});

export enum EmailFrequency {
  IMMEDIATELY = 'immediately',
  DAILY_DIGEST = 'daily',
  NEVER = 'never',
}
registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'How often a member gets notification e-mail.',
  valuesMap: {
    IMMEDIATELY: { description: 'One e-mail per notification, as it happens (the default).' },
    DAILY_DIGEST: { description: 'One e-mail a day bundling the day’s notifications.' },
    NEVER: { description: 'No e-mail; notifications stay in the app.' },
  },
});

/** What the notification row carries besides its columns (filled at fan-out time). */
export interface NotificationData {
  ideaTitle?: string;
  statusName?: string;
  note?: string;
  excerpt?: string;
  actorName?: string;
  milestone?: number;
  /** Title of the idea merged away, for IDEA_MERGED (ideaTitle is the idea it was merged into). */
  mergedTitle?: string;
  /** Release notes that shipped the idea, for CHANGELOG. */
  changelogTitle?: string;
  changelogEntryId?: string;
}

@ObjectType('Notification', { description: 'Something that happened which the recipient asked to hear about.' })
export class NotificationModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field(() => NotificationKind, { description: 'What happened.' }) kind: NotificationKind;
  @Field({ description: 'One-line plain-text summary, ready to show in the bell.' }) message: string;
  @Field(() => String, {
    nullable: true,
    description: 'The product team’s note on a status change, or an excerpt of the comment (plain Markdown).',
  })
  detail: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the new status, for STATUS_CHANGED.' })
  statusName: string | null;
  @Field(() => Int, { nullable: true, description: 'The vote count reached, for VOTE_MILESTONE.' })
  milestone: number | null;
  @Field(() => ID, { nullable: true, description: 'The comment it is about (reply, mention, official response).' })
  commentId: string | null;
  @Field({ description: 'Absolute link to the idea (and comment) in the web app.' }) url: string;
  @Field({ description: 'Whether the recipient has read it.' }) read: boolean;
  @Field({ description: 'When it happened.' }) createdAt: Date;

  ideaId: string | null;
  actorId: string | null;
  recipientId: string;
}

export const NotificationConnection = Connection(NotificationModel, 'Notification');

@ObjectType('NotificationPreferences', { description: 'How a member wants to be told (visible to the owner only).' })
export class NotificationPreferencesModel {
  @Field(() => EmailFrequency, { description: 'How often notification e-mail is sent.' }) email: EmailFrequency;
}
