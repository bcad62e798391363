import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { SESSION_COOKIE, readCookie } from '../../src/http/cookies.js';
import { hashSecret } from '../../src/core/secrets.js';

/**
 * The "ceiling": bare node:http + pg with one hand-written statement per answer (plus the session
 * lookup when signed in), answering the same JSON shapes as the GraphQL API. No framework, no
 * GraphQL, no loaders: what the hardware and PostgreSQL allow for the same work.
 */
/** Same opaque cursor format as the API's connections (base64url JSON of sort key and id). */
const encodeCursor = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const board = process.env.BENCH_BOARD ?? 'bench';

const NODE = `json_build_object('id', i.id, 'title', i.title, 'voteCount', i.vote_count, 'commentCount', i.comment_count,
  'tags', i.tags, 'author', json_build_object('id', u.id, 'displayName', u.display_name),
  'status', json_build_object('key', s.key, 'name', s.name, 'color', s.color))`;

async function viewerId(req: IncomingMessage): Promise<string | null> {
  const token = readCookie(req.headers, SESSION_COOKIE);
  if (!token) return null;
  const { rows } = await pool.query<{ user_id: string }>(
    `SELECT user_id FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
    [hashSecret(token)],
  );
  return rows[0]?.user_id ?? null;
}

async function page(sort: 'vote_count' | 'trend_score', viewer: string | null, withVoted: boolean) {
  // The page first (index scan with LIMIT), then its joins; the count once per request.
  const { rows } = await pool.query<{ node: Record<string, unknown>; sort_key: string; total: number }>(
    `WITH b AS (SELECT id FROM boards WHERE slug = $1),
          p AS (SELECT * FROM ideas i WHERE i.board_id = (SELECT id FROM b) AND i.deleted_at IS NULL
                   AND i.merged_into_id IS NULL ORDER BY i.${sort} DESC, i.id DESC LIMIT 21)
     SELECT ${NODE}::jsonb || CASE WHEN $2::boolean THEN jsonb_build_object('viewerHasVoted',
              EXISTS (SELECT 1 FROM votes v WHERE v.idea_id = i.id AND v.user_id = $3)) ELSE '{}' END AS node,
            i.${sort}::text AS sort_key,
            (SELECT coalesce(sum(count), 0)::int FROM listed_idea_counts c WHERE c.board_id = (SELECT id FROM b)) AS total
       FROM p i JOIN users u ON u.id = i.author_id JOIN statuses s ON s.id = i.status_id
      ORDER BY i.${sort} DESC, i.id DESC`,
    [board, withVoted && viewer !== null, viewer],
  );
  const edges = rows
    .slice(0, 20)
    .map((r) => ({ cursor: encodeCursor([r.sort_key, r.node.id as string]), node: r.node }));
  return {
    ideas: {
      totalCount: rows[0]?.total ?? 0,
      pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    },
  };
}

async function ideaWithComments(id: string) {
  const { rows } = await pool.query(
    `SELECT ${NODE}::jsonb || jsonb_build_object('comments', jsonb_build_object('totalCount', i.comment_count, 'edges',
              COALESCE((SELECT jsonb_agg(jsonb_build_object('node', jsonb_build_object('id', c.id, 'body', c.body,
                 'createdAt', c.created_at, 'author', jsonb_build_object('id', cu.id, 'displayName', cu.display_name))))
                 FROM (SELECT * FROM comments c WHERE c.idea_id = i.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
                       ORDER BY c.created_at, c.id LIMIT 20) c JOIN users cu ON cu.id = c.author_id), '[]'))) AS idea
       FROM ideas i JOIN users u ON u.id = i.author_id JOIN statuses s ON s.id = i.status_id WHERE i.id = $1`,
    [id],
  );
  return { idea: rows[0]?.idea ?? null };
}

async function castVote(viewer: string, ideaId: string) {
  const { rows } = await pool.query<{ vote_count: number }>(
    `WITH inserted AS (INSERT INTO votes (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING created_at),
          updated AS (UPDATE ideas SET vote_count = vote_count + 1, trend_score = trend_add(trend_score, now())
                       WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted) RETURNING vote_count)
     SELECT vote_count FROM updated UNION ALL SELECT vote_count FROM ideas WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM inserted)`,
    [ideaId, viewer],
  );
  return { castVote: { voteCount: rows[0]?.vote_count } };
}

async function similar(text: string) {
  const { rows } = await pool.query(
    `SELECT i.id, i.title FROM boards b JOIN ideas i ON i.board_id = b.id,
            to_tsquery('english', array_to_string(tsvector_to_array(to_tsvector('english', $2)), ' | ')) q
      WHERE b.slug = $1 AND i.deleted_at IS NULL AND i.search_vector @@ q
      ORDER BY ts_rank(i.search_vector, q) DESC, i.id LIMIT 5`,
    [board, text],
  );
  return { similarIdeas: rows };
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health') return void res.end('{"status":"ok"}');
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const body = (raw ? JSON.parse(raw) : {}) as { withVoted?: boolean; id?: string; text?: string };
  const viewer = await viewerId(req);
  let data: unknown;
  if (req.url === '/top') data = await page('vote_count', viewer, body.withVoted ?? false);
  else if (req.url === '/trending') data = await page('trend_score', viewer, body.withVoted ?? false);
  else if (req.url === '/idea') data = await ideaWithComments(body.id!);
  else if (req.url === '/vote' && viewer) data = await castVote(viewer, body.id!);
  else if (req.url === '/similar') data = await similar(body.text ?? '');
  else {
    res.statusCode = 404;
    return void res.end();
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data }));
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: Error) => {
    res.statusCode = 500;
    res.end(JSON.stringify({ errors: [{ message: error.message }] }));
  });
});
server.listen(Number(process.env.PORT ?? 3999), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
