import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/core/credentials/password.js';
import { DEFAULT_STATUSES } from '../../src/modules/statuses/status.sql.js';

export interface BenchSizes {
  ideas: number;
  members: number;
  votes: number;
  comments: number;
}

export const BENCH_BOARD = 'bench';
export const BENCH_ACCOUNT = { email: 'bench@bench.test', password: 'bench password 123' };

// Word lists for realistic, varied titles (full-text and trigram search behave as on real data).
const VERBS = [
  'Add',
  'Support',
  'Allow',
  'Improve',
  'Export',
  'Import',
  'Sync',
  'Show',
  'Hide',
  'Customise',
  'Filter',
  'Share',
  'Schedule',
  'Archive',
  'Search',
  'Group',
  'Sort',
  'Pin',
  'Merge',
  'Preview',
];
const ADJECTIVES = [
  'dark',
  'offline',
  'bulk',
  'recurring',
  'private',
  'shared',
  'mobile',
  'faster',
  'keyboard',
  'nested',
  'custom',
  'weekly',
  'public',
  'encrypted',
  'collaborative',
  'smart',
  'automatic',
  'inline',
  'printable',
  'accessible',
];
const NOUNS = [
  'notes',
  'reports',
  'dashboards',
  'tags',
  'comments',
  'attachments',
  'calendars',
  'reminders',
  'templates',
  'folders',
  'invoices',
  'tasks',
  'projects',
  'charts',
  'exports',
  'notifications',
  'filters',
  'workspaces',
  'labels',
  'checklists',
  'links',
  'tables',
  'images',
  'forms',
  'webhooks',
];
const CONTEXTS = [
  'for teams',
  'on mobile',
  'in the editor',
  'via the API',
  'for admins',
  'in dark mode',
  'with Slack',
  'with Jira',
  'per project',
  'across devices',
  'in search results',
  'by e-mail',
  'for guests',
  'on the roadmap',
  'in bulk',
];
const TAGS = [
  'mobile',
  'editor',
  'api',
  'integrations',
  'search',
  'performance',
  'accessibility',
  'security',
  'billing',
  'ux',
];

const sqlArray = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (words: string[], seed: string) => `(${sqlArray(words)})[1 + (${seed}) % ${words.length}]`;

/**
 * Votes per idea by popularity rank r: min(members, floor(c / r)) — Zipf with s = 1, so a few
 * ideas hold most votes and the long tail has none. Picks c so the total is about `votes`.
 */
export function zipfScale(sizes: BenchSizes): number {
  const total = (c: number) => {
    let sum = 0;
    for (let r = 1; r <= sizes.ideas && c / r >= 1; r++) sum += Math.min(sizes.members, Math.floor(c / r));
    return sum;
  };
  let low = 1;
  let high = sizes.votes * 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (total(mid) < sizes.votes) low = mid;
    else high = mid;
  }
  return high;
}

/** Set-based seed: a handful of INSERT ... SELECT generate_series statements, then consistent counters. */
export async function seedBench(
  db: DataSource,
  sizes: BenchSizes,
  log: (line: string) => void,
  options: { analytics: boolean } = { analytics: true },
): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await db.query(sql, params);
    log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  const hash = await hashPassword(BENCH_ACCOUNT.password);
  await db.query(`SELECT setseed(0.42)`);

  await step(
    `${sizes.members} members`,
    `INSERT INTO users (email, display_name, password_hash, created_at)
     SELECT CASE n WHEN 1 THEN $2 ELSE 'member' || n || '@bench.test' END, 'Member ' || n, $3,
            now() - make_interval(days => 400 - n % 400)
       FROM generate_series(1, $1) n`,
    [sizes.members, BENCH_ACCOUNT.email, hash],
  );
  await db.query(
    `CREATE UNLOGGED TABLE bench_members AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM users`,
  );
  await db.query(`CREATE UNIQUE INDEX ON bench_members (n)`);
  await db.query(`INSERT INTO boards (slug, name, description) VALUES ($1, 'Benchmark board', 'Synthetic data')`, [
    BENCH_BOARD,
  ]);
  for (const s of DEFAULT_STATUSES) {
    await db.query(
      `INSERT INTO statuses (board_id, key, name, color, position, accepts_votes, is_closed, show_on_roadmap)
       SELECT id, $2, $3, $4, $5, $6, $7, $8 FROM boards WHERE slug = $1`,
      [BENCH_BOARD, s.key, s.name, s.color, s.position, s.acceptsVotes, s.isClosed, s.showOnRoadmap],
    );
  }

  // Ideas: titles from four word lists; 80% open, the rest spread over the other statuses.
  await step(
    `${sizes.ideas} ideas`,
    `WITH b AS (SELECT id FROM boards WHERE slug = $1),
          s AS (SELECT array_agg(id ORDER BY position) AS ids FROM statuses WHERE board_id = (SELECT id FROM b)),
          g AS (SELECT n, (random() * 1e9)::bigint AS r FROM generate_series(1, $2) n)
     INSERT INTO ideas (board_id, author_id, status_id, title, body, tags, created_at, updated_at)
     SELECT (SELECT id FROM b), m.id,
            (SELECT ids FROM s)[CASE WHEN g.r % 10 < 8 THEN 1 ELSE 2 + g.r % 5 END],
            ${pick(VERBS, 'g.r')} || ' ' || ${pick(ADJECTIVES, 'g.r / 20')} || ' ' || ${pick(NOUNS, 'g.r / 400')} || ' ' || ${pick(CONTEXTS, 'g.r / 10000')},
            'It would help us to ' || lower(${pick(VERBS, 'g.r / 7')}) || ' ' || ${pick(ADJECTIVES, 'g.r / 13')} || ' ' || ${pick(NOUNS, 'g.r / 17')}
              || ' because today we ' || lower(${pick(VERBS, 'g.r / 19')}) || ' ' || ${pick(NOUNS, 'g.r / 23')} || ' by hand. Idea #' || g.n || '.',
            ARRAY[${pick(TAGS, 'g.r / 29')}, ${pick(TAGS, 'g.r / 31')}]::text[],
            now() - make_interval(secs => (g.r % (365 * 86400))::double precision),
            now() - make_interval(secs => (g.r % (365 * 86400))::double precision)
       FROM g JOIN bench_members m ON m.n = g.r % $3`,
    [BENCH_BOARD, sizes.ideas, sizes.members],
  );
  // Popularity rank independent of age.
  await db.query(
    `CREATE UNLOGGED TABLE bench_ranks AS SELECT row_number() OVER (ORDER BY random()) AS rank, id, created_at FROM ideas`,
  );
  await db.query(`CREATE UNIQUE INDEX ON bench_ranks (rank)`);

  const c = zipfScale(sizes);
  await step(
    `~${sizes.votes} votes (Zipf, c = ${c})`,
    `INSERT INTO votes (idea_id, user_id, created_at)
     SELECT r.id, m.id, r.created_at + (now() - r.created_at) * random()
       FROM bench_ranks r
       CROSS JOIN LATERAL generate_series(0, least($2, floor($1 / r.rank)::int) - 1) j
       JOIN bench_members m ON m.n = (r.rank * 7919 + j) % $2
      WHERE r.rank <= $1`,
    [c, sizes.members],
  );
  // Comments follow popularity too: idea rank drawn log-uniformly (P(rank r) ∝ 1/r).
  await step(
    `${sizes.comments} comments`,
    `WITH g AS (SELECT n, floor(exp(random() * ln($2::double precision)))::int AS rank, (random() * 1e9)::bigint AS r
                  FROM generate_series(1, $1) n)
     INSERT INTO comments (idea_id, author_id, body, created_at)
     SELECT i.id, m.id,
            'I would ' || lower(${pick(VERBS, 'g.r')}) || ' ' || ${pick(NOUNS, 'g.r / 25')} || ' ' || ${pick(CONTEXTS, 'g.r / 625')} || ' every week.',
            i.created_at + (now() - i.created_at) * random()
       FROM g JOIN bench_ranks i ON i.rank = g.rank JOIN bench_members m ON m.n = g.r % $3`,
    [sizes.comments, sizes.ideas, sizes.members],
  );
  // Counters and trending exactly as the incremental updates would have left them:
  // trend = ln Σ exp(x_i) over submission, votes and comments (x in weeks since 2025-01-01), via log-sum-exp.
  await step(
    'counters and trend scores',
    `WITH events AS (
       SELECT id AS idea_id, created_at AS at, 0 AS vote, 0 AS comment FROM ideas
       UNION ALL SELECT idea_id, created_at, 1, 0 FROM votes
       UNION ALL SELECT idea_id, created_at, 0, 1 FROM comments),
     x AS (SELECT idea_id, vote, comment,
                  extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00') / 604800.0 AS x FROM events),
     agg AS (SELECT idea_id, sum(vote)::int AS votes, sum(comment)::int AS comments,
                    max(x) + ln(sum(exp(x - mx))) AS trend
               FROM (SELECT *, max(x) OVER (PARTITION BY idea_id) AS mx FROM x) w GROUP BY idea_id)
     UPDATE ideas i SET vote_count = agg.votes, comment_count = agg.comments, trend_score = agg.trend
       FROM agg WHERE agg.idea_id = i.id`,
  );
  // The analytics rollups of every day the statements above marked stale (as the dashboard would on first load).
  if (options.analytics) {
    await step('analytics rollups', `SELECT analytics_refresh(id) FROM boards WHERE slug = $1`, [BENCH_BOARD]);
  }
  await db.query(`DROP TABLE bench_ranks`);
  await step('vacuum analyze', `VACUUM ANALYZE`);
}

/** Ids of the first `count` members (bench_members order), for sessions and vote pairs. */
export async function memberIds(db: DataSource, count: number): Promise<string[]> {
  const rows = await db.query<Array<{ id: string }>>(`SELECT id FROM bench_members ORDER BY n LIMIT $1`, [count]);
  return rows.map((r) => r.id);
}
