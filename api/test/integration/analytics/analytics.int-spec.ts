import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createMembers } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

const FIGURES = `query ($from: DateTime!, $to: DateTime!) {
  boardAnalytics(boardSlug: "metrics", from: $from, to: $to) {
    weeks { weekStart ideas votes comments }
    members { active new returning }
    topContributors { user { id } ideas comments votes }
    funnel { submitted reachedPlanned reachedDone }
    medianHoursToFirstResponse medianHoursToDone answeredWithin7DaysShare
    mostWanted { id voteCount }
  } }`;
const PERIOD = { from: '2026-03-02T00:00:00Z', to: '2026-03-16T00:00:00Z' };

/**
 * A small board history with explicit timestamps; every expected number below is worked out by
 * hand in the comments.
 */
describe('board analytics', () => {
  let t: TestApp;
  let pm: TestAccount;
  let u: Array<{ id: string; headers: Record<string, string> }>;
  const idea: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signUpAs(t, 'admin');
    pm = await signUpAs(t, 'product_manager');
    const created = await t.gql(
      `mutation { createBoard(input: { slug: "metrics", name: "Metrics" }) { id } }`,
      {},
      admin.headers,
    );
    expect(created.errors).toBeUndefined();
    u = await createMembers(t, 4); // u[0..3] = u1..u4
    const db = t.db.dataSource;
    const addIdea = async (key: string, author: string, at: string, status = 'open', deleted = false) => {
      const [row] = await db.query<Array<{ id: string }>>(
        `INSERT INTO ideas (board_id, author_id, status_id, title, created_at, deleted_at)
         SELECT b.id, $1, s.id, $2, $3, CASE WHEN $5 THEN now() END
           FROM boards b JOIN statuses s ON s.board_id = b.id AND s.key = $4 WHERE b.slug = 'metrics'
         RETURNING id`,
        [author, `Idea ${key} of the fixture`, at, status, deleted],
      );
      idea[key] = row.id;
      await db.query(`INSERT INTO votes (idea_id, user_id, created_at) VALUES ($1, $2, $3)`, [row.id, author, at]);
    };
    const vote = (key: string, user: string, at: string) =>
      db.query(`INSERT INTO votes (idea_id, user_id, created_at) VALUES ($1, $2, $3)`, [idea[key], user, at]);
    const comment = (key: string, user: string, at: string, official = false, deleted = false) =>
      db.query(
        `INSERT INTO comments (idea_id, author_id, body, is_official, created_at, deleted_at)
         VALUES ($1, $2, 'text', $3, $4, CASE WHEN $5 THEN now() END)`,
        [idea[key], user, official, at, deleted],
      );
    const change = (key: string, to: string, at: string) =>
      db.query(
        `INSERT INTO status_changes (idea_id, from_status_id, to_status_id, changed_by_id, created_at)
         SELECT i.id, i.status_id, s.id, $3, $4 FROM ideas i JOIN statuses s ON s.board_id = i.board_id AND s.key = $2
          WHERE i.id = $1`,
        [idea[key], to, pm.id, at],
      );
    const [u1, u2, u3, u4] = u.map((m) => m.id);
    await addIdea('I0', u1, '2026-02-20T09:00:00Z'); // before the period: u1 was active earlier
    await addIdea('I1', u1, '2026-03-02T10:00:00Z', 'done');
    await addIdea('I2', u2, '2026-03-03T00:00:00Z', 'under_review');
    await addIdea('I3', u3, '2026-03-10T12:00:00Z');
    await addIdea('I4', u4, '2026-03-04T08:00:00Z', 'open', true); // deleted: left out everywhere
    await vote('I0', u4, '2026-02-21T09:00:00Z'); // u4 earlier, but not active in the period
    await vote('I1', u2, '2026-03-04T09:00:00Z'); // week 1
    await vote('I1', u3, '2026-03-11T09:00:00Z'); // week 2
    await vote('I2', u1, '2026-03-09T12:00:00Z'); // week 2
    await vote('I1', u4, '2026-03-20T09:00:00Z'); // after the period
    await comment('I1', pm.id, '2026-03-02T22:00:00Z', true); // official answer 12 h after I1
    await comment('I2', u3, '2026-03-05T10:00:00Z'); // week 1
    await comment('I2', u2, '2026-03-06T10:00:00Z', false, true); // deleted: left out
    await change('I1', 'planned', '2026-03-05T10:00:00Z');
    await change('I1', 'done', '2026-03-12T10:00:00Z'); // 240 h after I1
    await change('I2', 'under_review', '2026-03-13T00:00:00Z'); // first response 240 h after I2
    await db.query(`UPDATE ideas SET vote_count = (SELECT count(*) FROM votes v WHERE v.idea_id = ideas.id)`);
  });
  afterAll(() => t.close());

  it('matches the hand-computed figures', async () => {
    const r = await t.gql<{ boardAnalytics: Record<string, unknown> }>(FIGURES, PERIOD, pm.headers);
    expect(r.errors).toBeUndefined();
    const a = r.data!.boardAnalytics as {
      weeks: unknown[];
      members: unknown;
      topContributors: Array<{ user: { id: string }; ideas: number; comments: number; votes: number }>;
      funnel: unknown;
      medianHoursToFirstResponse: number;
      medianHoursToDone: number;
      answeredWithin7DaysShare: number;
      mostWanted: Array<{ id: string; voteCount: number }>;
    };
    const [u1, u2, u3] = u.map((m) => m.id);
    expect(a.weeks).toEqual([
      // I1, I2; u2's vote on I1 (authors' own votes are part of submitting); pm's answer and u3's comment
      { weekStart: '2026-03-02T00:00:00.000Z', ideas: 2, votes: 1, comments: 2 },
      // I3; u3 on I1 and u1 on I2; no live comments
      { weekStart: '2026-03-09T00:00:00.000Z', ideas: 1, votes: 2, comments: 0 },
    ]);
    // Active: u1, u2, u3, pm. u1 was also active in February (I0); u4 only before the period.
    expect(a.members).toEqual({ active: 4, new: 3, returning: 1 });
    // u3: 1 idea + 1 comment; then u1, u2 (1 idea, 1 vote each, by id), then pm (1 comment, no votes).
    const [first, second] = [u1, u2].sort();
    expect(a.topContributors).toEqual([
      { user: { id: u3 }, ideas: 1, comments: 1, votes: 1 },
      { user: { id: first }, ideas: 1, comments: 0, votes: 1 },
      { user: { id: second }, ideas: 1, comments: 0, votes: 1 },
      { user: { id: pm.id }, ideas: 0, comments: 1, votes: 0 },
    ]);
    // I1, I2, I3 submitted; I1 planned then done.
    expect(a.funnel).toEqual({ submitted: 3, reachedPlanned: 1, reachedDone: 1 });
    // First responses: I1 after 12 h (official comment), I2 after 240 h (status change): median 126.
    expect(a.medianHoursToFirstResponse).toBeCloseTo(126, 9);
    expect(a.medianHoursToDone).toBeCloseTo(240, 9);
    // Only I1 of the three was answered within 7 days.
    expect(a.answeredWithin7DaysShare).toBeCloseTo(1 / 3, 9);
    // Open (not closed) ideas by votes: I0 and I2 have 2, I3 has 1; I1 is done (closed), I4 deleted.
    const [higher, lower] = [idea.I0, idea.I2].sort().reverse(); // equal votes: by id, descending
    expect(a.mostWanted).toEqual([
      { id: higher, voteCount: 2 },
      { id: lower, voteCount: 2 },
      { id: idea.I3, voteCount: 1 },
    ]);
  });

  it('counts partial days at both ends exactly (rows for the edges, rollups in between)', async () => {
    // [Tue 3 Mar 06:00, Tue 10 Mar 18:00): I2 (3 Mar 00:00) is just before; I3 (10 Mar 12:00) inside.
    const r = await t.gql<{ boardAnalytics: Record<string, unknown> }>(
      FIGURES,
      { from: '2026-03-03T06:00:00Z', to: '2026-03-10T18:00:00Z' },
      pm.headers,
    );
    expect(r.errors).toBeUndefined();
    const [u1, u2, u3] = u.map((m) => m.id);
    expect(r.data!.boardAnalytics).toMatchObject({
      weeks: [
        // u2's vote on I1 (4 Mar), u3's comment (5 Mar); pm's answer (2 Mar 22:00) is before the period
        { weekStart: '2026-03-02T00:00:00.000Z', ideas: 0, votes: 1, comments: 1 },
        // I3; u1's vote on I2 (9 Mar); u3's vote on I1 (11 Mar) is after it
        { weekStart: '2026-03-09T00:00:00.000Z', ideas: 1, votes: 1, comments: 0 },
      ],
      // u1, u2, u3. Returning: u1 (February) and u2, whose I2 at 00:00 the same day is before 06:00.
      members: { active: 3, new: 1, returning: 2 },
      topContributors: [
        { user: { id: u3 }, ideas: 1, comments: 1, votes: 0 },
        ...[u1, u2].sort().map((id) => ({ user: { id }, ideas: 0, comments: 0, votes: 1 })),
      ],
      // Only I3 was submitted in the period, and nobody answered it.
      funnel: { submitted: 1, reachedPlanned: 0, reachedDone: 0 },
      medianHoursToFirstResponse: null,
      medianHoursToDone: null,
      answeredWithin7DaysShare: 0,
    });
    // Within one day: only u2's vote at 09:00 (the deleted I4 at 08:00 is left out); u2 returns.
    const hours = await t.gql<{ boardAnalytics: Record<string, unknown> }>(
      FIGURES,
      { from: '2026-03-04T08:00:00Z', to: '2026-03-04T10:00:00Z' },
      pm.headers,
    );
    expect(hours.data!.boardAnalytics).toMatchObject({
      weeks: [{ weekStart: '2026-03-02T00:00:00.000Z', ideas: 0, votes: 1, comments: 0 }],
      members: { active: 1, new: 0, returning: 1 },
    });
  });

  it('answers null medians and share for a period without ideas, with zero-filled weeks', async () => {
    const r = await t.gql<{ boardAnalytics: Record<string, unknown> }>(
      FIGURES,
      { from: '2025-06-04T00:00:00Z', to: '2025-06-10T00:00:00Z' },
      pm.headers,
    );
    expect(r.data!.boardAnalytics).toMatchObject({
      weeks: [
        { weekStart: '2025-06-02T00:00:00.000Z', ideas: 0, votes: 0, comments: 0 },
        { weekStart: '2025-06-09T00:00:00.000Z', ideas: 0, votes: 0, comments: 0 },
      ],
      members: { active: 0, new: 0, returning: 0 },
      funnel: { submitted: 0, reachedPlanned: 0, reachedDone: 0 },
      medianHoursToFirstResponse: null,
      medianHoursToDone: null,
      answeredWithin7DaysShare: null,
    });
    const bad = await t.gql(FIGURES, { from: PERIOD.to, to: PERIOD.from }, pm.headers);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the same figures as CSV to staff only', async () => {
    const url = `${t.url}/analytics/metrics.csv?from=${PERIOD.from}&to=${PERIOD.to}`;
    const ok = await fetch(url, { headers: { ...pm.headers, accept: 'text/html' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await ok.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('figure,label,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'ideas_per_week,2026-03-02,2',
        'votes_per_week,2026-03-09,2',
        'members,active,4',
        'members,returning,1',
        'funnel,submitted,3',
        'median_hours,to_first_response,126',
        'median_hours,to_done,240',
      ]),
    );
    expect((await fetch(url, { headers: u[0].headers })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(`${t.url}/analytics/nope.csv?from=${PERIOD.from}&to=${PERIOD.to}`, { headers: pm.headers })).status,
    ).toBe(404);
  });
});
