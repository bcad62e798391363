import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isEmailAddress, MAX_EMAIL_LENGTH } from '../../core/email-address.js';
import { badInput, conflict, notFound, type FieldErrors } from '../../core/errors.js';
import { DomainEventBus } from '../../core/events/domain-events.js';
import { renderAccountMail } from '../../core/mail/account-mail.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireParticipant, requireRole, type RoleName, type Viewer } from '../../core/viewer.js';
import { canReadIdea } from '../access/access.js';
import { PasswordResetService } from '../accounts/password-reset.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { MailService } from '../mail/mail.service.js';
import { VotesService } from '../votes/votes.service.js';
import { VoteImportance, type RecordVoteOnBehalfInput } from './vote-on-behalf.model.js';

export const QUOTE_MAX = 2000;
const NAME_MAX = 50;
/** How long a new customer's take-over link works. */
export const TAKE_OVER_DAYS = 14;

interface Customer {
  id: string;
  role: RoleName;
  email: string;
  displayName: string;
  created: boolean;
}

/**
 * Votes staff record for customers (from a call, an e-mail, a chat), and importance on votes.
 * The vote is an ordinary vote of the customer, cast with VotesService.castInTransaction: counted
 * once per member and idea by the votes primary key, in the idea's counters, under any
 * concurrency, merged and unmerged like any vote; `vote.cast` is emitted as for a member's own
 * vote. What staff know about it lives beside it in vote_details (see vote-details.sql.ts).
 */
@Injectable()
export class VotesOnBehalfService {
  constructor(
    private readonly db: DataSource,
    private readonly votes: VotesService,
    private readonly ideas: IdeasService,
    private readonly resets: PasswordResetService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  /**
   * Staff (moderators and above) record a customer's vote. Recording again for someone who
   * already backs the idea counts nothing twice and updates the source, quote and importance.
   */
  async record(viewer: Viewer | null, input: RecordVoteOnBehalfInput): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'moderator');
    const quote = input.quote.trim();
    const email = input.customerEmail?.trim() || null;
    const name = input.customerName?.trim() || null;
    const fields: FieldErrors = {};
    if ([...quote].length > QUOTE_MAX)
      fields.quote = `Quote can have at most ${QUOTE_MAX.toLocaleString('en')} characters.`;
    if (!input.customerId === !email) fields.customerEmail = 'Choose a member or give an e-mail address, not both.';
    else if (email !== null && (email.length > MAX_EMAIL_LENGTH || !isEmailAddress(email))) {
      fields.customerEmail = 'Enter an e-mail address like name@example.com.';
    }
    if (name !== null && [...name].length > NAME_MAX)
      fields.customerName = `Name can have at most ${NAME_MAX} characters.`;
    if (Object.keys(fields).length > 0) throw badInput(fields);
    if (!(await canReadIdea(this.db, actor, input.ideaId))) throw notFound('Idea');

    await this.db.transaction(async (tx) => {
      const customer = input.customerId
        ? await existingMember(tx, input.customerId)
        : await this.memberByEmail(tx, email!, name);
      if (customer.id === actor.id) throw badInput({ customerId: 'Vote yourself instead.' });
      if (!(await canReadIdea(tx, { id: customer.id, role: customer.role }, input.ideaId))) {
        throw badInput({ customerId: 'This customer cannot see the idea’s board: grant them access first.' });
      }
      const { changed, voteCount } = await this.votes.castInTransaction(tx, input.ideaId, customer.id);
      await tx.query(
        `INSERT INTO vote_details (idea_id, user_id, importance, recorded_by_id, source, quote)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (idea_id, user_id) DO UPDATE SET importance = coalesce(EXCLUDED.importance, vote_details.importance),
           recorded_by_id = EXCLUDED.recorded_by_id, source = EXCLUDED.source, quote = EXCLUDED.quote,
           recorded_at = now()`,
        [input.ideaId, customer.id, input.importance ?? null, actor.id, input.source, quote],
      );
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'vote.recorded_on_behalf',
        subjectType: 'idea',
        subjectId: input.ideaId,
        before: null,
        after: { customerId: customer.id, source: input.source, newAccount: customer.created, counted: changed },
      });
      if (changed) await this.events.emit(tx, 'vote.cast', { ideaId: input.ideaId, userId: customer.id, voteCount });
      if (customer.created) await this.tellNewCustomer(tx, customer, actor, input.ideaId);
    });
    return this.ideas.get(actor, input.ideaId);
  }

  /** A member says how much an idea they back matters to them (null clears it). CONFLICT NOT_BACKED without a vote. */
  async setImportance(viewer: Viewer | null, ideaId: string, importance: VoteImportance | null): Promise<IdeaModel> {
    const member = requireParticipant(viewer);
    if (!(await canReadIdea(this.db, member, ideaId))) throw notFound('Idea');
    const updated = await this.db.query<unknown[]>(
      `INSERT INTO vote_details (idea_id, user_id, importance)
       SELECT idea_id, user_id, $3 FROM votes WHERE idea_id = $1 AND user_id = $2
       ON CONFLICT (idea_id, user_id) DO UPDATE SET importance = EXCLUDED.importance
       RETURNING 1`,
      [ideaId, member.id, importance],
    );
    if (updated.length === 0) throw conflict('NOT_BACKED', 'Back the idea first, then say how much it matters.');
    return this.ideas.get(member, ideaId);
  }

  /**
   * The account of `email` (the confirmed one, else the oldest sharing the address, as a password
   * reset picks), or a new unconfirmed one with no usable password: nobody can sign in to it until
   * the owner of the address chooses a password through the mailed link. Unconfirmed addresses
   * are not unique, so a transaction lock on the address keeps two recordings from making two.
   */
  private async memberByEmail(tx: EntityManager, email: string, name: string | null): Promise<Customer> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('vote-on-behalf:' || lower($1)))`, [email]);
    const [found] = await tx.query<
      Array<{ id: string; role: RoleName; email: string; displayName: string; deleted: boolean }>
    >(
      `SELECT id, role, email, display_name AS "displayName", deleted_at IS NOT NULL AS deleted
         FROM users WHERE lower(email) = lower($1) ORDER BY email_verified_at NULLS LAST, created_at LIMIT 1`,
      [email],
    );
    if (found?.deleted) throw badInput({ customerEmail: 'This address belongs to a deleted account.' });
    if (found)
      return { id: found.id, role: found.role, email: found.email, displayName: found.displayName, created: false };
    const displayName = (name ?? email.slice(0, email.indexOf('@'))).slice(0, NAME_MAX);
    const [created] = await tx.query<Array<{ id: string; role: RoleName; email: string; displayName: string }>>(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, 'recorded-on-behalf')
       RETURNING id, role, email, display_name AS "displayName"`,
      [email, displayName],
    );
    return { ...created, created: true };
  }

  private async tellNewCustomer(tx: EntityManager, customer: Customer, actor: Viewer, ideaId: string): Promise<void> {
    const [info] = await tx.query<Array<{ title: string; actorName: string }>>(
      `SELECT i.title, u.display_name AS "actorName" FROM ideas i JOIN users u ON u.id = $2 WHERE i.id = $1`,
      [ideaId, actor.id],
    );
    const link = await this.resets.takeOverLink(tx, customer, TAKE_OVER_DAYS);
    await this.mail.enqueue(tx, 'vote_on_behalf', [
      renderAccountMail({
        to: customer.email,
        displayName: customer.displayName,
        userId: customer.id,
        subject: `Your vote for “${info.title}” on Chorus`,
        intro: [
          `${info.actorName} from the product team recorded your vote for “${info.title}”, as you asked.`,
          'We made a Chorus account for this address so your vote counts. Choose a password to take it over: ' +
            'then you can follow the idea, add your own ideas, and hear when it ships.',
        ],
        action: { label: 'Choose a password', url: link },
        outro: `The link works once, for ${TAKE_OVER_DAYS} days. Not interested? Ignore this mail.`,
      }),
    ]);
  }
}

async function existingMember(tx: EntityManager, id: string): Promise<Customer> {
  if (!isUuid(id)) throw notFound('Member');
  const [found] = await tx.query<Array<{ id: string; role: RoleName; email: string; displayName: string }>>(
    `SELECT id, role, email, display_name AS "displayName" FROM users WHERE id = $1 AND deleted_at IS NULL`,
    [id],
  );
  if (!found) throw notFound('Member');
  return { ...found, created: false };
}
