import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from '../../common/pagination/connection.js';
import { hasRole, isStaff, requireParticipant, requireViewer } from '../../common/auth/roles.js';
import { DomainEventBus } from '../../common/events/domain-events.js';
import { rows } from '../../database/sql.js';
import type { Viewer } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit-writes.js';
import { BoardsService } from '../boards/boards.service.js';
import type { SubmitIdeaInput, UpdateIdeaInput } from './dto/idea.inputs.js';
import type { IdeasArgs } from './dto/ideas.args.js';
import { cleanIdeaFields } from './idea-rules.js';
import { LISTED_IDEA } from './idea-visibility.js';
import { IdeaSort, type IdeaModel } from './idea.model.js';

/**
 * Sort column, its SQL type and direction, per sort order; each has a matching (board_id, col, id)
 * index (OLDEST reads ideas_new_idx backwards, or ideas_status_created_idx with a status).
 */
const SORT_KEYS: Record<IdeaSort, { column: string; type: string; ascending?: boolean }> = {
  [IdeaSort.TOP]: { column: 'i.vote_count', type: 'integer' },
  [IdeaSort.TRENDING]: { column: 'i.trend_score', type: 'double precision' },
  [IdeaSort.NEW]: { column: 'i.created_at', type: 'timestamptz' },
  [IdeaSort.OLDEST]: { column: 'i.created_at', type: 'timestamptz', ascending: true },
};

export const IDEA_COLUMNS = `i.id, i.board_id AS "boardId", i.author_id AS "authorId", i.status_id AS "statusId",
  i.title, i.body, i.tags, i.vote_count AS "voteCount", i.comment_count AS "commentCount",
  i.trend_score AS "trendScore", i.created_at AS "createdAt", i.updated_at AS "updatedAt",
  i.merged_into_id AS "mergedIntoId", (i.hidden_at IS NOT NULL) AS hidden, (i.pending_at IS NOT NULL) AS pending,
  (i.comments_locked_at IS NOT NULL) AS "commentsLocked"`;

/** How many rows each candidate source of similar() contributes before re-ranking. */
const SIMILAR_CANDIDATES = 40;
/** Below this word similarity a title-only candidate is noise ("mode" vs "model"). */
const SIMILAR_MIN_WORD_SIMILARITY = 0.3;
/** A typed word and a title word this trigram-similar count as a typo of each other. */
const SIMILAR_MIN_WORD_TRIGRAM_SIMILARITY = 0.4;
/** Typed words beyond this many are ignored (the pairs query grows quadratically). */
const SIMILAR_MAX_WORDS = 6;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type IdeaRow = IdeaModel & { sortKey: string };

@Injectable()
export class IdeasService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
    private readonly events: DomainEventBus,
  ) {}

  /**
   * One page of a board's ideas. Keyset pagination on (sort key, id): the cursor holds
   * the last row's exact sort value as text, so inserts between pages never cause an
   * idea to be skipped or repeated.
   */
  async list(viewer: Viewer | null, args: IdeasArgs): Promise<ConnectionShape<IdeaModel>> {
    const first = pageSize(args.first);
    const board = await this.boards.getVisible(viewer, args.boardSlug);
    const { column, type, ascending } = SORT_KEYS[args.sort];
    const [direction, beyond] = ascending ? ['ASC', '>'] : ['DESC', '<'];

    const params: unknown[] = [board.id];
    const filters = ['i.board_id = $1', LISTED_IDEA];
    if (args.status) {
      params.push(args.status);
      filters.push(`i.status_id = (SELECT id FROM statuses WHERE board_id = $1 AND key = $${params.length})`);
    }
    if (args.tag) {
      params.push([args.tag.trim().toLowerCase()]);
      filters.push(`i.tags @> $${params.length}::text[]`);
    }
    if (args.search?.trim()) {
      params.push(args.search.trim());
      filters.push(`i.search_vector @@ websearch_to_tsquery('english', $${params.length})`);
    }
    const where = filters.join(' AND ');
    // Without tag/search the exact count is kept per (board, status) by a trigger (listed_idea_counts).
    const countSql =
      args.tag || args.search?.trim()
        ? `SELECT count(*)::int AS count FROM ideas i WHERE ${where}`
        : `SELECT coalesce(sum(count), 0)::int AS count FROM listed_idea_counts
            WHERE board_id = $1 ${args.status ? 'AND status_id = (SELECT id FROM statuses WHERE board_id = $1 AND key = $2)' : ''}`;
    const countParams = [...params];

    let keyset = '';
    if (args.after) {
      const [sortValue, id] = decodeCursor(args.after, 2);
      params.push(String(sortValue), String(id));
      keyset = `AND (${column}, i.id) ${beyond} ($${params.length - 1}::${type}, $${params.length}::uuid)`;
    }
    params.push(first + 1);

    const [rows, [{ count }]] = await Promise.all([
      this.db.query<IdeaRow[]>(
        `SELECT ${IDEA_COLUMNS}, ${column}::text AS "sortKey"
           FROM ideas i WHERE ${where} ${keyset}
          ORDER BY ${column} ${direction}, i.id ${direction} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(countSql, countParams),
    ]);
    return toConnection(rows, first, count, (row) => encodeCursor([row.sortKey, row.id]), stripSortKey);
  }

  /** One visible idea, or NOT_FOUND for deleted ideas, private boards and random ids alike. */
  async get(viewer: Viewer | null, id: string): Promise<IdeaModel> {
    const idea = await this.find(viewer, id);
    if (!idea) throw notFound('Idea');
    return idea;
  }

  async find(viewer: Viewer | null, id: string): Promise<IdeaModel | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.db.query<Array<IdeaModel & { isPrivate: boolean }>>(
      `SELECT ${IDEA_COLUMNS}, b.is_private AS "isPrivate"
         FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.id = $1 AND i.deleted_at IS NULL`,
      [id],
    );
    if (!row || !(await this.boards.canSee(viewer, { id: row.boardId, isPrivate: row.isPrivate }))) return null;
    // Hidden ideas exist for staff only; a pending idea for staff and its author.
    if (row.hidden && !isStaff(viewer)) return null;
    if (row.pending && !isStaff(viewer) && row.authorId !== viewer?.id) return null;
    const { isPrivate: _private, ...idea } = row;
    return idea;
  }

  /**
   * "Did you mean" while a member types a title: ranked, typo-tolerant, partial matches.
   *
   * Measured on 100,000 ideas on one board (see the commit message): a trigram KNN or a
   * GIN word-similarity scan over every title costs 40-200 ms because common trigrams
   * ("mod", "ode") sit in tens of thousands of titles. So typos are fixed per word against
   * the small vocabulary of title words instead (idea_title_words, kept by a trigger):
   * 1. Each typed word not in the vocabulary is replaced by the vocabulary words one
   *    adjacent swap or one dropped letter away ("drak" -> "dark"), or trigram-close ones
   *    ("authentcation"). A few hundred to a few thousand rows: well under a millisecond.
   * 2. Candidates come from the title-only full-text GIN index (ideas_title_tsv_idx), whose
   *    posting lists are far shorter than those of search_vector (title + body): up to
   *    CANDIDATES ideas with every word, with any two words (partial matches), and with any word.
   * 3. At most 3 × CANDIDATES rows are re-ranked exactly by word similarity to the typed and
   *    the corrected text plus ts_rank. Trade-off: among thousands of ideas sharing only
   *    common words the candidates are an arbitrary sample, not the global best.
   */
  async similar(viewer: Viewer | null, boardSlug: string, text: string, first: number): Promise<IdeaModel[]> {
    if (!Number.isInteger(first) || first < 0 || first > 20)
      throw badInput({ first: 'first must be between 0 and 20' });
    const board = await this.boards.getVisible(viewer, boardSlug);
    const query = text.trim().slice(0, 200);
    if ([...query].length < 3 || first === 0) return [];
    const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, SIMILAR_MAX_WORDS);
    if (words.length === 0) return [];

    const terms = await this.spellingAlternatives(words);
    const any = terms.map((alternatives) => `(${alternatives.join(' | ')})`);
    const all = any.join(' & ');
    const pairs = any.flatMap((a, i) => any.slice(i + 1).map((b) => `(${a} & ${b})`)).join(' | ') || all;
    const corrected = terms.map((alternatives) => alternatives[0]).join(' ');
    const source = (tsquery: string) => `(SELECT i.id FROM ideas i
        WHERE i.board_id = $1 AND ${LISTED_IDEA}
          AND to_tsvector('english', i.title) @@ q.${tsquery} LIMIT ${SIMILAR_CANDIDATES})`;
    return this.db.query<IdeaModel[]>(
      `WITH q AS MATERIALIZED (SELECT to_tsquery('english', $3) AS all_q, to_tsquery('english', $4) AS pairs_q,
                                      to_tsquery('english', $5) AS any_q),
       candidates AS (
         SELECT id FROM q, LATERAL (${source('all_q')} UNION ${source('pairs_q')} UNION ${source('any_q')}) c
       )
       SELECT ${IDEA_COLUMNS}
         FROM candidates c JOIN ideas i ON i.id = c.id, q,
              LATERAL (SELECT greatest(word_similarity($2, i.title), word_similarity($6, i.title)) AS ws,
                              ts_rank(i.search_vector, q.any_q) AS fts) r
        WHERE r.ws >= ${SIMILAR_MIN_WORD_SIMILARITY} OR r.fts > 0
        ORDER BY r.ws + least(r.fts, 1) DESC, i.vote_count DESC, i.id DESC
        LIMIT $7`,
      [board.id, query, all, pairs, any.join(' | '), corrected, first],
    );
  }

  /**
   * For each typed word, the words to search for, best guess first: the word itself when
   * some title uses it, otherwise title words one adjacent swap or dropped letter away,
   * then the nearest by trigram similarity; the typed word is always kept as a last resort.
   */
  private async spellingAlternatives(words: string[]): Promise<string[][]> {
    const edits = words.flatMap((word, index) => oneEditAway(word).map((edit) => ({ edit, index })));
    const found = await this.db.query<Array<{ index: number; word: string }>>(
      `WITH typed AS (SELECT w, i::int - 1 AS index FROM unnest($3::text[]) WITH ORDINALITY AS t(w, i)),
            known AS (SELECT typed.index FROM typed JOIN idea_title_words v ON v.word = typed.w)
       SELECT index, word FROM (
         SELECT e.index, v.word, 0 AS distance
           FROM unnest($1::text[], $2::int[]) AS e(w, index) JOIN idea_title_words v ON v.word = e.w
          WHERE e.index NOT IN (SELECT index FROM known)
         UNION ALL
         SELECT typed.index, n.word, n.distance FROM typed,
                LATERAL (SELECT word, word <-> typed.w AS distance FROM idea_title_words
                          ORDER BY word <-> typed.w LIMIT 3) n
          WHERE typed.index NOT IN (SELECT index FROM known) AND char_length(typed.w) > 3
            AND n.distance <= ${1 - SIMILAR_MIN_WORD_TRIGRAM_SIMILARITY}
       ) fixes ORDER BY index, distance, word`,
      [edits.map((e) => e.edit), edits.map((e) => e.index), words],
    );
    return words.map((word, index) => {
      const fixes = found.filter((row) => row.index === index && row.word !== word).map((row) => row.word);
      return [...new Set([...fixes, word])];
    });
  }

  /**
   * Posts a new idea in the board's `open` status. The author backs it at once: the vote
   * row and vote_count = 1 are written in the same transaction as the idea.
   */
  async submit(viewer: Viewer | null, input: SubmitIdeaInput): Promise<IdeaModel> {
    const author = requireParticipant(viewer);
    const board = await this.boards.getVisible(author, input.boardSlug);
    const { value, errors } = cleanIdeaFields({ title: input.title, body: input.body ?? '', tags: input.tags ?? [] });
    if (Object.keys(errors).length > 0) throw badInput(errors);

    const idea = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<IdeaModel[]>(
        `INSERT INTO ideas (board_id, author_id, status_id, title, body, tags, vote_count, trend_score, pending_at)
         SELECT $1, $2, s.id, $3, $4, $5, 1, trend_add(-1e6, now()),
                -- Pre-moderation: a member's first idea on such a board waits for a moderator.
                CASE WHEN $6 AND b.premoderate_first_idea AND NOT EXISTS (
                  SELECT 1 FROM ideas o WHERE o.board_id = $1 AND o.author_id = $2 AND o.pending_at IS NULL
                ) THEN now() END
           FROM statuses s JOIN boards b ON b.id = s.board_id WHERE s.board_id = $1 AND s.key = 'open'
         RETURNING ${IDEA_COLUMNS.replaceAll('i.', '')}`,
        [board.id, author.id, value.title, value.body, value.tags, !isStaff(author)],
      );
      if (!row) throw new Error(`board ${board.id} has no 'open' status`);
      // The author's own vote. The votes module (modules/votes) owns voting; this insert
      // mirrors its "one row per member per idea" rule so the idea starts at vote_count = 1.
      // now(): the idea's created_at to the microsecond (a JS Date would drop the microseconds).
      await tx.query(`INSERT INTO votes (idea_id, user_id, created_at) VALUES ($1, $2, now())`, [row.id, author.id]);
      return row;
    });
    // A pending idea is announced when a moderator approves it (moderation's approveIdea).
    if (!idea.pending)
      this.events.emit('idea.submitted', { ideaId: idea.id, boardId: idea.boardId, authorId: author.id });
    return idea;
  }

  /**
   * Edits title, body or tags. The author may edit until staff first change the status
   * (staff_touched_at); moderators and above may always edit.
   */
  async update(viewer: Viewer | null, input: UpdateIdeaInput): Promise<IdeaModel> {
    const actor = requireViewer(viewer);
    const { value, errors } = cleanIdeaFields(input);
    if (Object.keys(errors).length > 0) throw badInput(errors);

    const idea = await this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, input.id);
      if (!isStaff(actor)) {
        if (current.authorId !== actor.id)
          throw forbidden('Only the author or a moderator can edit this idea', 'NOT_AUTHOR');
        if (current.staffTouchedAt !== null) {
          throw forbidden('This idea can no longer be edited: the team has already reviewed it', 'EDIT_WINDOW_CLOSED');
        }
      }
      const [row] = await rows<IdeaModel>(
        tx,
        `UPDATE ideas i SET title = coalesce($2, title), body = coalesce($3, body), tags = coalesce($4, tags),
                updated_at = now()
          WHERE id = $1 RETURNING ${IDEA_COLUMNS}`,
        [current.id, value.title ?? null, value.body ?? null, value.tags ?? null],
      );
      return row;
    });
    this.events.emit('idea.updated', { ideaId: idea.id, actorId: actor.id });
    return idea;
  }

  /** Soft delete by the author or a moderator and above; the idea disappears from every list. */
  async remove(viewer: Viewer | null, id: string): Promise<boolean> {
    const actor = requireViewer(viewer);
    await this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, id);
      if (current.authorId !== actor.id && !hasRole(actor, 'moderator')) {
        throw forbidden('Only the author or a moderator can delete this idea', 'NOT_AUTHOR');
      }
      await tx.query(`UPDATE ideas SET deleted_at = now() WHERE id = $1`, [current.id]);
      if (current.authorId !== actor.id) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'idea.deleted',
          subjectType: 'idea',
          subjectId: current.id,
          before: { deleted: false },
          after: { deleted: true },
        });
      }
    });
    this.events.emit('idea.deleted', { ideaId: id, actorId: actor.id });
    return true;
  }

  /** The idea row locked for the rest of the transaction, or NOT_FOUND (deleted, invisible, absent). */
  private async lockVisible(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ id: string; authorId: string; staffTouchedAt: Date | null }> {
    if (!UUID.test(id)) throw notFound('Idea');
    const [row] = await tx.query<
      Array<{ id: string; authorId: string; staffTouchedAt: Date | null; boardId: string; isPrivate: boolean }>
    >(
      `SELECT i.id, i.author_id AS "authorId", i.staff_touched_at AS "staffTouchedAt", i.board_id AS "boardId",
              b.is_private AS "isPrivate"
         FROM ideas i JOIN boards b ON b.id = i.board_id
        WHERE i.id = $1 AND i.deleted_at IS NULL
          FOR UPDATE OF i`,
      [id],
    );
    if (!row || !(await this.boards.canSee(viewer, { id: row.boardId, isPrivate: row.isPrivate }))) {
      throw notFound('Idea');
    }
    return row;
  }
}

function stripSortKey({ sortKey: _sortKey, ...idea }: IdeaRow): IdeaModel {
  return idea;
}

/** The word itself, with one adjacent swap, and (for longer words) with one letter dropped. */
function oneEditAway(word: string): string[] {
  const edits = new Set([word]);
  for (let i = 0; i < word.length - 1; i++) edits.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  if (word.length > 3) for (let i = 0; i < word.length; i++) edits.add(word.slice(0, i) + word.slice(i + 1));
  return [...edits];
}
