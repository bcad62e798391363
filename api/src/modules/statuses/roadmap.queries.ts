import type { DataSource } from 'typeorm';
import { encodeCursor, pageSize, toConnection, type ConnectionShape } from '../../core/pagination/connection.js';
import { decodeKeyset } from '../../core/sql/keyset.js';
import { LISTED_IDEA } from '../access/access.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IDEA_COLUMNS } from '../ideas/idea.sql.js';

/** One roadmap column page request: the column's status and its page arguments. */
export interface ColumnPageKey {
  statusId: string;
  first: number;
  after: string | null;
}

/**
 * Pages of several roadmap columns (most votes first, keyset on (vote_count, id)) in two
 * statements whatever the number of columns: a LATERAL join runs one index-ordered,
 * limited scan of ideas_status_idx per column, and one grouped count gives every total.
 * (A `row_number() OVER (PARTITION BY status_id ...)` window would number every idea of
 * every column before filtering; the LATERAL LIMIT stops after `first + 1` rows each.)
 */
export async function loadColumnPages(
  db: DataSource,
  keys: readonly ColumnPageKey[],
): Promise<Array<ConnectionShape<IdeaModel>>> {
  const firsts = keys.map((key) => pageSize(key.first));
  const afters = keys.map((key) => {
    if (!key.after) return [null, null];
    const [votes, id] = decodeKeyset(key.after, 'integer');
    return [Number(votes), id];
  });
  const statusIds = [...new Set(keys.map((key) => key.statusId))];
  const [pageRows, countRows] = await Promise.all([
    db.query<Array<IdeaModel & { k: number }>>(
      `SELECT k.k::int AS k, ${IDEA_COLUMNS}
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::uuid[]) WITH ORDINALITY
                AS k(status_id, lim, after_votes, after_id, k),
              LATERAL (SELECT * FROM ideas i
                        WHERE i.status_id = k.status_id AND ${LISTED_IDEA}
                          AND (k.after_id IS NULL OR (i.vote_count, i.id) < (k.after_votes, k.after_id))
                        ORDER BY i.vote_count DESC, i.id DESC
                        LIMIT k.lim + 1) i
        ORDER BY k.k, i.vote_count DESC, i.id DESC`,
      [keys.map((key) => key.statusId), firsts, afters.map((a) => a[0]), afters.map((a) => a[1])],
    ),
    db.query<Array<{ statusId: string; count: number }>>(
      `SELECT i.status_id AS "statusId", count(*)::int AS count FROM ideas i
        WHERE i.status_id = ANY($1::uuid[]) AND ${LISTED_IDEA}
        GROUP BY i.status_id`,
      [statusIds],
    ),
  ]);
  const counts = new Map(countRows.map((row) => [row.statusId, row.count]));
  return keys.map((key, index) => {
    const own = pageRows.filter((row) => row.k === index + 1).map(({ k: _k, ...idea }) => idea as IdeaModel);
    return toConnection(
      own,
      firsts[index],
      counts.get(key.statusId) ?? 0,
      (idea) => encodeCursor([idea.voteCount, idea.id]),
      (idea) => idea,
    );
  });
}
