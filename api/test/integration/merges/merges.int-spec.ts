import { DomainEventBus, type DomainEvents } from '../../../src/core/events/domain-events.js';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createIdea, createMembers } from '../../utils/fixtures.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { notificationsOf, ok, settled } from '../../utils/follow-up-work.js';

const MERGE = `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id voteCount mergedIdeas { id } } }`;
const UNMERGE = `mutation ($id: ID!) { unmergeIdea(id: $id) { id voteCount mergedInto { id } } }`;
const CAST = `mutation ($id: ID!) { castVote(ideaId: $id) { id voteCount } }`;
const RETRACT = `mutation ($id: ID!) { retractVote(ideaId: $id) { id voteCount } }`;
const IDEA = `query ($id: ID!) { idea(id: $id) { id voteCount mergedInto { id title } mergedIdeas { id } } }`;

type Member = { id: string; headers: Record<string, string> };

describe('merging duplicates', () => {
  let t: TestApp;
  let moderator: TestAccount;
  let member: TestAccount;
  const merged: Array<DomainEvents['idea.merged']> = [];
  const unmerged: Array<DomainEvents['idea.unmerged']> = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    moderator = await signUpAs(t, 'moderator');
    member = await signUpAs(t, 'member');
    const bus = t.app.get(DomainEventBus);
    bus.on('idea.merged', (p) => merged.push(p));
    bus.on('idea.unmerged', (p) => unmerged.push(p));
  });
  afterAll(() => t.close());

  /** Inserts votes with explicit timestamps and sets vote_count from the rows (the way castVote leaves them). */
  async function backWith(ideaId: string, voters: Member[], at: (i: number) => string): Promise<void> {
    await t.db.dataSource.query(
      `INSERT INTO votes (idea_id, user_id, created_at) SELECT $1, u, c FROM unnest($2::uuid[], $3::timestamptz[]) AS x(u, c)`,
      [ideaId, voters.map((v) => v.id), voters.map((_, i) => at(i))],
    );
    await t.db.dataSource.query(
      `UPDATE ideas SET vote_count = (SELECT count(*) FROM votes WHERE idea_id = $1) WHERE id = $1`,
      [ideaId],
    );
  }

  async function state(ideaId: string) {
    const [row] = await t.db.dataSource.query<
      Array<{ voteCount: number; rows: number; trend: number; mergedIntoId: string | null }>
    >(
      `SELECT vote_count AS "voteCount", (SELECT count(*)::int FROM votes WHERE idea_id = $1) AS rows,
              trend_score AS trend, merged_into_id AS "mergedIntoId" FROM ideas WHERE id = $1`,
      [ideaId],
    );
    return row;
  }

  async function voters(ideaId: string): Promise<Map<string, string>> {
    const found = await t.db.dataSource.query<Array<{ userId: string; at: string }>>(
      `SELECT user_id AS "userId", created_at::text AS at FROM votes WHERE idea_id = $1`,
      [ideaId],
    );
    return new Map(found.map((v) => [v.userId, v.at]));
  }

  /** ln Σ exp(x) over the idea's submission, votes and comments, computed here from the raw timestamps. */
  async function expectedTrend(ideaId: string): Promise<number> {
    const found = await t.db.dataSource.query<Array<{ x: number }>>(
      `SELECT extract(epoch FROM at - timestamptz '2025-01-01 00:00:00+00')::float8 / 604800.0 AS x FROM (
         SELECT created_at AS at FROM ideas WHERE id = $1
         UNION ALL SELECT created_at FROM votes WHERE idea_id = $1
         UNION ALL SELECT created_at FROM comments WHERE idea_id = $1) e`,
      [ideaId],
    );
    const xs = found.map((r) => Number(r.x));
    const m = Math.max(...xs);
    return m + Math.log(xs.reduce((sum, x) => sum + Math.exp(x - m), 0));
  }

  it('moves votes once per member with their dates, recomputes count and trend, and unmerges exactly', async () => {
    const source = await createIdea(t.db.dataSource, 'open', 'Export to CSV please');
    const target = await createIdea(t.db.dataSource, 'open', 'CSV export of all ideas');
    const people = await createMembers(t, 5);
    const [m1, m2, m3, m4, m5] = people;
    await backWith(source, [m1, m2, m3], (i) => `2026-01-0${i + 1}T10:00:00Z`);
    await backWith(target, [m3, m4], (i) => `2026-02-0${i + 1}T10:00:00Z`);
    const sourceVotesBefore = await voters(source);
    const targetVotesBefore = await voters(target);
    merged.length = 0;

    const response = await t.gql<{ mergeIdeas: { id: string; voteCount: number; mergedIdeas: Array<{ id: string }> } }>(
      MERGE,
      { input: { sourceId: source, targetId: target } },
      moderator.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.mergeIdeas).toEqual({ id: target, voteCount: 4, mergedIdeas: [{ id: source }] });

    const after = await state(target);
    expect(after).toMatchObject({ voteCount: 4, rows: 4 });
    const targetVotes = await voters(target);
    // m1 and m2 moved with their original dates; m3 backed both and keeps the target vote (counted once).
    expect(targetVotes.get(m1.id)).toBe(sourceVotesBefore.get(m1.id));
    expect(targetVotes.get(m2.id)).toBe(sourceVotesBefore.get(m2.id));
    expect(targetVotes.get(m3.id)).toBe(targetVotesBefore.get(m3.id));
    expect(after.trend).toBeCloseTo(await expectedTrend(target), 9);
    // The source keeps its own votes and shows where it went.
    expect(await state(source)).toMatchObject({ voteCount: 3, rows: 3, mergedIntoId: target });
    const view = await t.gql<{ idea: { mergedInto: { id: string } | null } }>(IDEA, { id: source }, member.headers);
    expect(view.data!.idea.mergedInto).toMatchObject({ id: target, title: 'CSV export of all ideas' });

    const refused = await t.gql(CAST, { id: source }, m5.headers);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEA_MERGED' });

    await new Promise((resolve) => setImmediate(resolve));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ sourceId: source, targetId: target, actorId: moderator.id, targetVoteCount: 4 });
    expect(new Set(merged[0].backerIds)).toEqual(new Set([m1.id, m2.id, m3.id]));
    expect(new Set(merged[0].movedVoterIds)).toEqual(new Set([m1.id, m2.id]));

    // m2 retracts on the target and backs it again: that new vote is theirs, not the merge's.
    await t.gql(RETRACT, { id: target }, m2.headers);
    await t.gql(CAST, { id: target }, m2.headers);
    await t.gql(CAST, { id: target }, m5.headers);

    unmerged.length = 0;
    const undone = await t.gql<{ unmergeIdea: { id: string; voteCount: number; mergedInto: null } }>(
      UNMERGE,
      { id: source },
      moderator.headers,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.unmergeIdea).toEqual({ id: source, voteCount: 3, mergedInto: null });
    expect(new Set((await voters(target)).keys())).toEqual(new Set([m2.id, m3.id, m4.id, m5.id]));
    expect(await state(target)).toMatchObject({ voteCount: 4, rows: 4 });
    expect(await voters(source)).toEqual(sourceVotesBefore);
    expect((await state(target)).trend).toBeCloseTo(await expectedTrend(target), 9);
    await new Promise((resolve) => setImmediate(resolve));
    expect(unmerged).toHaveLength(1);
    expect(unmerged[0].removedVoterIds).toEqual([m1.id]);

    // The source takes votes again.
    const again = await t.gql<{ castVote: { voteCount: number } }>(CAST, { id: source }, m5.headers);
    expect(again.data!.castVote.voteCount).toBe(4);
    const twice = await t.gql(UNMERGE, { id: source }, moderator.headers);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_MERGED' });
  });

  it('carries followers over and notifies backers once; unmerge removes exactly the follows it added', async () => {
    const source = await createIdea(t.db.dataSource, 'open', 'Keyboard shortcuts everywhere');
    const target = await createIdea(t.db.dataSource, 'open', 'Shortcut keys');
    const [f1, f2, f3, f4, b1, b2] = await createMembers(t, 6);
    const follow = (ideaId: string, people: Member[]) =>
      t.db.dataSource.query(`INSERT INTO idea_follows (idea_id, user_id) SELECT $1, unnest($2::uuid[])`, [
        ideaId,
        people.map((p) => p.id),
      ]);
    const followersOf = async (ideaId: string) =>
      new Set(
        (
          await t.db.dataSource.query<Array<{ userId: string }>>(
            `SELECT user_id AS "userId" FROM idea_follows WHERE idea_id = $1`,
            [ideaId],
          )
        ).map((r) => r.userId),
      );
    await follow(source, [f1, f2, f3]);
    await follow(target, [f2, f4]);
    // f3 explicitly unfollowed the target once: the merge must not follow it for them.
    await t.db.dataSource.query(`INSERT INTO idea_unfollows (idea_id, user_id) VALUES ($1, $2)`, [target, f3.id]);
    // b2 backs both ideas; the moderator backs the source but never hears about their own merge.
    await backWith(source, [b1, b2, moderator], (i) => `2026-03-0${i + 1}T10:00:00Z`);
    await backWith(target, [b2], () => `2026-03-05T10:00:00Z`);
    const sourceFollowers = await followersOf(source);

    await ok(t, MERGE, { input: { sourceId: source, targetId: target } }, moderator);
    await settled(t);
    expect(await followersOf(target)).toEqual(new Set([f1.id, f2.id, f4.id]));
    expect(await followersOf(source)).toEqual(sourceFollowers);

    const mergedNews = async (who: Member) =>
      (await notificationsOf(t, who)).nodes.filter((n) => n.kind === 'IDEA_MERGED');
    for (const backer of [b1, b2]) {
      const news = await mergedNews(backer);
      expect(news).toHaveLength(1);
      expect(news[0]).toMatchObject({
        message: '“Keyboard shortcuts everywhere” was merged into “Shortcut keys”; your vote counts there now',
        idea: { id: target },
        actor: { id: moderator.id },
      });
      expect(news[0].url).toMatch(new RegExp(`/ideas/${target}$`));
    }
    expect(await mergedNews(moderator)).toHaveLength(0);
    expect(await mergedNews(f1)).toHaveLength(0); // followers who did not back it are not told
    // A redelivered event adds nothing (one notification per person per merge).
    const [event] = merged.filter((e) => e.sourceId === source);
    await t.db.dataSource.transaction((tx) => t.app.get(DomainEventBus).emit(tx, 'idea.merged', event));
    await settled(t);
    expect(await mergedNews(b1)).toHaveLength(1);

    // f1 unfollows and follows the target again: that follow is theirs now, not the merge's.
    const FOLLOW = `mutation ($id: ID!) { followIdea(ideaId: $id) { id } }`;
    const UNFOLLOW = `mutation ($id: ID!) { unfollowIdea(ideaId: $id) { id } }`;
    await ok(t, UNFOLLOW, { id: target }, f1);
    await ok(t, FOLLOW, { id: target }, f1);
    await ok(t, UNMERGE, { id: source }, moderator);
    expect(await followersOf(target)).toEqual(new Set([f1.id, f2.id, f4.id]));
    expect(await followersOf(source)).toEqual(sourceFollowers);
    const [audit] = await t.db.dataSource.query<Array<{ after: { removedFollows: number } }>>(
      `SELECT after FROM audit_log WHERE action = 'idea.unmerged' AND subject_id = $1`,
      [source],
    );
    expect(audit.after.removedFollows).toBe(0);

    // Merged again, now that f3 no longer refuses the target, and unmerged untouched: the follow leaves.
    await t.db.dataSource.query(`DELETE FROM idea_unfollows WHERE idea_id = $1 AND user_id = $2`, [target, f3.id]);
    await ok(t, MERGE, { input: { sourceId: source, targetId: target } }, moderator);
    expect(await followersOf(target)).toEqual(new Set([f1.id, f2.id, f3.id, f4.id]));
    await ok(t, UNMERGE, { id: source }, moderator);
    expect(await followersOf(target)).toEqual(new Set([f1.id, f2.id, f4.id]));
  });

  it('refuses members and anonymous visitors, self-merges and chains', async () => {
    const a = await createIdea(t.db.dataSource);
    const b = await createIdea(t.db.dataSource);
    const c = await createIdea(t.db.dataSource);
    const input = { sourceId: a, targetId: b };
    expect((await t.gql(MERGE, { input }, member.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(MERGE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(UNMERGE, { id: a }, member.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const self = await t.gql(MERGE, { input: { sourceId: a, targetId: a } }, moderator.headers);
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(MERGE, { input }, moderator.headers)).errors).toBeUndefined();
    const again = await t.gql(MERGE, { input: { sourceId: a, targetId: c } }, moderator.headers);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MERGED' });
    const intoMerged = await t.gql(MERGE, { input: { sourceId: c, targetId: a } }, moderator.headers);
    expect(intoMerged.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TARGET_MERGED' });
    const parent = await t.gql(MERGE, { input: { sourceId: b, targetId: c } }, moderator.headers);
    expect(parent.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SOURCE_HAS_MERGES' });
    // Merged ideas leave the lists.
    const list = await t.gql<{ ideas: { edges: Array<{ node: { id: string } }> } }>(
      `{ ideas(boardSlug: "feedback", sort: NEW, first: 100) { edges { node { id } } } }`,
    );
    expect(list.data!.ideas.edges.map((e) => e.node.id)).not.toContain(a);
  });

  it('neither loses nor doubles votes cast while a merge and an unmerge run', async () => {
    const source = await createIdea(t.db.dataSource, 'open', 'Racing source idea');
    const target = await createIdea(t.db.dataSource, 'open', 'Racing target idea');
    const people = await createMembers(t, 150);
    const early = people.slice(0, 30); // back the source before
    const both = early.slice(0, 10); // of those, 10 back the target too
    const targetOnly = people.slice(30, 50);
    await backWith(source, early, (i) => new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString());
    await backWith(target, [...both, ...targetOnly], (i) => new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString());
    const onSource = people.slice(50, 90);
    const onTarget = [...people.slice(90, 130), ...early.slice(10, 20)];
    // Retractions race too: on the source (allowed before the merge, refused after) and on the target.
    const offSource = early.slice(20, 30);
    const offTarget = targetOnly.slice(0, 10);

    type Op = { m: Member; idea: string; retract?: boolean };
    const ops: Op[] = [
      ...onSource.map((m) => ({ m, idea: source })),
      ...onTarget.map((m) => ({ m, idea: target })),
      ...offSource.map((m) => ({ m, idea: source, retract: true })),
      ...offTarget.map((m) => ({ m, idea: target, retract: true })),
    ].sort(() => Math.random() - 0.5);
    const half = Math.floor(ops.length / 2);
    const run = (c: Op) =>
      t.gql<{ castVote: { voteCount: number } }>(c.retract ? RETRACT : CAST, { id: c.idea }, c.m.headers).then((r) => ({
        ...c,
        r,
      }));
    const [firstHalf, mergeResult, secondHalf] = await Promise.all([
      Promise.all(ops.slice(0, half).map(run)),
      t.gql(MERGE, { input: { sourceId: source, targetId: target } }, moderator.headers),
      Promise.all(ops.slice(half).map(run)),
    ]);
    expect(mergeResult.errors).toBeUndefined();
    const results = [...firstHalf, ...secondHalf];
    const failures = results.filter((x) => x.r.errors);
    // The only refusals: votes and retractions on the source that arrived after the merge.
    expect(failures.every((x) => x.idea === source && x.r.errors![0].extensions?.reason === 'IDEA_MERGED')).toBe(true);
    const done = (idea: string, retract: boolean) =>
      results.filter((x) => x.idea === idea && !!x.retract === retract && !x.r.errors).map((x) => x.m.id);
    const acceptedOnSource = done(source, false);
    const retractedOnSource = new Set(done(source, true));
    expect(done(target, true)).toHaveLength(offTarget.length);

    const t1 = await state(target);
    expect(t1.voteCount).toBe(t1.rows);
    const targetVoters = await voters(target);
    const expected = new Set([
      ...early.map((m) => m.id).filter((id) => !retractedOnSource.has(id)),
      ...targetOnly.slice(10).map((m) => m.id),
      ...onTarget.map((m) => m.id),
      ...acceptedOnSource,
    ]);
    expect(new Set(targetVoters.keys())).toEqual(expected); // every member counted once, retractions kept
    expect(t1.rows).toBe(expected.size);
    const s1 = await state(source);
    expect(s1.voteCount).toBe(s1.rows);
    expect(s1.rows).toBe(early.length - retractedOnSource.size + acceptedOnSource.length);

    // Unmerge while more votes land on the target: exactly the merge's additions leave. (A member
    // who pressed vote on the target after the merge already backed it through the merge: that
    // press was a no-op, so the unmerge takes them back to backing the source only.)
    const sourceVoters = await voters(source);
    const moved = new Set(
      (
        await t.db.dataSource.query<Array<{ userId: string }>>(
          `SELECT m.user_id AS "userId" FROM merge_moved_votes m JOIN idea_merges g ON g.id = m.merge_id
            WHERE g.source_id = $1`,
          [source],
        )
      ).map((r) => r.userId),
    );
    for (const id of moved) expect(targetVoters.get(id)).toBe(sourceVoters.get(id)); // moved rows kept their dates
    for (const m of [...both, ...targetOnly, ...people.slice(90, 130)]) expect(moved.has(m.id)).toBe(false);
    const late = people.slice(130, 150);
    const [unmergeResult] = await Promise.all([
      t.gql(UNMERGE, { id: source }, moderator.headers),
      ...late.map((m) => t.gql(CAST, { id: target }, m.headers)),
    ]);
    expect(unmergeResult.errors).toBeUndefined();
    const t2 = await state(target);
    expect(t2.voteCount).toBe(t2.rows);
    expect(new Set((await voters(target)).keys())).toEqual(
      new Set([...[...targetVoters.keys()].filter((id) => !moved.has(id)), ...late.map((m) => m.id)]),
    );
    const s2 = await state(source);
    expect(s2).toMatchObject({ voteCount: s1.rows, rows: s1.rows, mergedIntoId: null });
  }, 120_000);

  it('lets members with reputation suggest duplicates, and staff accept or dismiss them', async () => {
    const a = await createIdea(t.db.dataSource, 'open', 'Dark mode for the app');
    const b = await createIdea(t.db.dataSource, 'open', 'Night theme');
    const c = await createIdea(t.db.dataSource, 'open', 'Some other idea');
    const SUGGEST = `mutation ($i: ID!, $d: ID!) { suggestDuplicate(ideaId: $i, duplicateOfId: $d) {
      id state idea { id } duplicateOf { id } suggestedBy { id } } }`;
    const LIST = `{ duplicateSuggestions(boardSlug: "feedback") { totalCount edges { node { id state } } } }`;
    const low = await t.gql(SUGGEST, { i: b, d: a }, member.headers);
    expect(low.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ENOUGH_REPUTATION' });
    await t.db.dataSource.query(`UPDATE users SET reputation = 20 WHERE id = $1`, [member.id]);
    const first = await t.gql<{ suggestDuplicate: { id: string; state: string } }>(
      SUGGEST,
      { i: b, d: a },
      member.headers,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.suggestDuplicate).toMatchObject({ state: 'OPEN', idea: { id: b }, duplicateOf: { id: a } });
    const repeat = await t.gql<{ suggestDuplicate: { id: string } }>(SUGGEST, { i: b, d: a }, member.headers);
    expect(repeat.data!.suggestDuplicate.id).toBe(first.data!.suggestDuplicate.id);
    const other = await t.gql<{ suggestDuplicate: { id: string } }>(SUGGEST, { i: c, d: a }, member.headers);

    expect((await t.gql(LIST, {}, member.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await t.gql<{ duplicateSuggestions: { totalCount: number } }>(LIST, {}, moderator.headers);
    expect(listed.data!.duplicateSuggestions.totalCount).toBe(2);

    const accept = await t.gql<{ acceptDuplicateSuggestion: { state: string } }>(
      `mutation ($id: ID!) { acceptDuplicateSuggestion(id: $id) { state } }`,
      { id: first.data!.suggestDuplicate.id },
      moderator.headers,
    );
    expect(accept.data!.acceptDuplicateSuggestion.state).toBe('ACCEPTED');
    expect((await state(b)).mergedIntoId).toBe(a);
    const dismiss = await t.gql<{ dismissDuplicateSuggestion: { state: string } }>(
      `mutation ($id: ID!) { dismissDuplicateSuggestion(id: $id) { state } }`,
      { id: other.data!.suggestDuplicate.id },
      moderator.headers,
    );
    expect(dismiss.data!.dismissDuplicateSuggestion.state).toBe('DISMISSED');
    expect((await state(c)).mergedIntoId).toBeNull();
    const empty = await t.gql<{ duplicateSuggestions: { totalCount: number } }>(LIST, {}, moderator.headers);
    expect(empty.data!.duplicateSuggestions.totalCount).toBe(0);
  });
});
