import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailMessage } from '../../core/mail/mail-templates.js';

/** What a mail is for (the outbox `kind`): notification, digest, and account mail to come. */
export type MailKind = string;

/**
 * The one way to send mail: rows written into the outbox inside the caller's transaction, so a
 * mail exists exactly when the write that caused it committed. OutboxWorker delivers them.
 */
@Injectable()
export class MailService {
  async enqueue(tx: EntityManager, kind: MailKind, messages: MailMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await tx.query(`INSERT INTO outbox (kind, payload) SELECT $1, p FROM unnest($2::jsonb[]) AS p`, [
      kind,
      messages.map((m) => JSON.stringify(m)),
    ]);
  }
}
