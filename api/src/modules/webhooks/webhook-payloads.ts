import type { EntityManager } from 'typeorm';
import type { DomainEvents } from '../../core/events/domain-events.js';
import { webUrls } from '../../core/web-urls.js';
import { WEBHOOK_EVENT_OF, type WebhookEventType, type WebhookSourceEvent } from './webhook-events.js';

/** An idea as payloads show it. */
interface IdeaData {
  id: string;
  title: string;
  url: string;
  board: { slug: string; name: string };
  status: { key: string; name: string };
  voteCount: number;
  commentCount: number;
  deleted: boolean;
}

interface Actor {
  id: string;
  displayName: string;
}

/** What an event says, for every endpoint that wants it. */
export interface DescribedEvent {
  type: WebhookEventType;
  /** The board it happened on (endpoints of one board get only its events). */
  boardId: string;
  data: Record<string, unknown>;
  /** One readable line (Slack mrkdwn), also shown in the delivery log. */
  summary: string;
}

const COMMENT_EXCERPT = 280;

/**
 * Reads what a payload needs about the event's idea, comment and actor (as they are now: the
 * job runs right after the commit) and describes it; null when the idea no longer exists.
 */
export async function describeEvent<E extends WebhookSourceEvent>(
  db: EntityManager,
  publicUrl: string,
  event: E,
  payload: DomainEvents[E],
): Promise<DescribedEvent | null> {
  const type = WEBHOOK_EVENT_OF[event];
  const p = payload as DomainEvents[WebhookSourceEvent];
  const ideaIds = 'sourceId' in p ? [p.sourceId, p.targetId] : [p.ideaId];
  const actorId = 'actorId' in p ? p.actorId : 'authorId' in p ? p.authorId : p.userId;
  const [ideas, actor] = await Promise.all([loadIdeas(db, publicUrl, ideaIds), loadActor(db, actorId)]);
  const idea = ideas.get(ideaIds[0]);
  if (!idea) return null;
  const boardId = ideas.boardIdOf.get(idea.id)!;
  const who = actor ? actor.displayName : 'Someone';
  const link = (i: IdeaData) => `<${i.url}|${slack(i.title)}>`;

  switch (event) {
    case 'idea.submitted':
      return {
        type,
        boardId,
        data: { idea, actor },
        summary: `New idea on ${slack(idea.board.name)}: ${link(idea)} by ${slack(who)}`,
      };
    case 'idea.updated':
      return { type, boardId, data: { idea, actor }, summary: `${slack(who)} edited ${link(idea)}` };
    case 'idea.deleted':
      return { type, boardId, data: { idea, actor }, summary: `“${slack(idea.title)}” was deleted by ${slack(who)}` };
    case 'idea.status_changed': {
      const e = payload as DomainEvents['idea.status_changed'];
      const statuses = await db.query<Array<{ id: string; key: string; name: string }>>(
        `SELECT id, key, name FROM statuses WHERE id = ANY($1::uuid[])`,
        [[e.fromStatusId, e.toStatusId]],
      );
      const status = (id: string) => statuses.find((s) => s.id === id) ?? null;
      const from = status(e.fromStatusId);
      const to = status(e.toStatusId);
      return {
        type,
        boardId,
        data: {
          idea,
          from: from && { key: from.key, name: from.name },
          to: to && { key: to.key, name: to.name },
          note: e.note,
          actor,
        },
        summary: `${link(idea)} moved from ${slack(from?.name ?? '?')} to *${slack(to?.name ?? '?')}* by ${slack(who)}`,
      };
    }
    case 'idea.merged': {
      const e = payload as DomainEvents['idea.merged'];
      const target = ideas.get(e.targetId) ?? null;
      return {
        type,
        boardId,
        data: { source: idea, target, targetVoteCount: e.targetVoteCount, actor },
        summary: `${link(idea)} was merged into ${target ? link(target) : 'another idea'} (${e.targetVoteCount} votes) by ${slack(who)}`,
      };
    }
    case 'vote.cast':
    case 'vote.retracted': {
      const { voteCount } = payload as DomainEvents['vote.cast'];
      const verb = event === 'vote.cast' ? 'voted for' : 'withdrew their vote from';
      return {
        type,
        boardId,
        data: { idea, voteCount, actor },
        summary: `${slack(who)} ${verb} ${link(idea)} (${voteCount} ${voteCount === 1 ? 'vote' : 'votes'})`,
      };
    }
    case 'comment.posted': {
      const e = payload as DomainEvents['comment.posted'];
      const [comment] = await db.query<Array<{ excerpt: string }>>(
        `SELECT left(regexp_replace(body, '\\s+', ' ', 'g'), $2) AS excerpt FROM comments WHERE id = $1`,
        [e.commentId, COMMENT_EXCERPT],
      );
      const excerpt = comment?.excerpt ?? '';
      return {
        type,
        boardId,
        data: {
          comment: {
            id: e.commentId,
            url: webUrls.idea(publicUrl, idea.id, e.commentId),
            excerpt,
            parentId: e.parentId,
            official: e.official,
          },
          idea,
          actor,
        },
        summary: `${slack(who)} commented on ${link(idea)}: “${slack(excerpt)}”`,
      };
    }
    case 'comment.deleted': {
      const e = payload as DomainEvents['comment.deleted'];
      return {
        type,
        boardId,
        data: { comment: { id: e.commentId }, idea, actor },
        summary: `A comment on ${link(idea)} was deleted by ${slack(who)}`,
      };
    }
  }
  return null;
}

/** Slack's mrkdwn treats &, < and > as markup: escaped, user text cannot forge links or mentions. */
function slack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function loadIdeas(
  db: EntityManager,
  publicUrl: string,
  ids: string[],
): Promise<Map<string, IdeaData> & { boardIdOf: Map<string, string> }> {
  const found = await db.query<Array<Omit<IdeaData, 'url' | 'board' | 'status'> & Record<string, string>>>(
    `SELECT i.id, i.title, i.vote_count AS "voteCount", i.comment_count AS "commentCount",
            i.deleted_at IS NOT NULL AS deleted, i.board_id AS "boardId", b.slug AS "boardSlug",
            b.name AS "boardName", s.key AS "statusKey", s.name AS "statusName"
       FROM ideas i JOIN boards b ON b.id = i.board_id JOIN statuses s ON s.id = i.status_id
      WHERE i.id = ANY($1::uuid[])`,
    [ids],
  );
  const ideas = Object.assign(new Map<string, IdeaData>(), { boardIdOf: new Map<string, string>() });
  for (const row of found) {
    ideas.boardIdOf.set(row.id, row.boardId);
    ideas.set(row.id, {
      id: row.id,
      title: row.title,
      url: webUrls.idea(publicUrl, row.id),
      board: { slug: row.boardSlug, name: row.boardName },
      status: { key: row.statusKey, name: row.statusName },
      voteCount: row.voteCount,
      commentCount: row.commentCount,
      deleted: row.deleted,
    });
  }
  return ideas;
}

async function loadActor(db: EntityManager, id: string): Promise<Actor | null> {
  const [actor] = await db.query<Actor[]>(`SELECT id, display_name AS "displayName" FROM users WHERE id = $1`, [id]);
  return actor ?? null;
}
