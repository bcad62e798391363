import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { OutboxWorker } from './outbox-worker.service.js';

/** Mail as transport: MailService.enqueue in a write's transaction, OutboxWorker sends over SMTP. */
@Module({ providers: [MailService, OutboxWorker], exports: [MailService, OutboxWorker] })
export class MailModule {}
