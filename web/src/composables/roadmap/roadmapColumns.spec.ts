import { describe, expect, it } from 'vitest';
import { appendPage, columnsFromQuery, moveIdea, refreshColumns, type RoadmapColumnState } from './roadmapColumns';

const status = (key: string, position: number) => ({
  id: `s-${key}`,
  key,
  name: key,
  color: '#123456',
  position,
  acceptsVotes: true,
  isClosed: false,
  showOnRoadmap: true,
});
const idea = (id: string, voteCount: number) => ({ id, title: `Idea ${id}`, voteCount, commentCount: 0 });

function columns(): RoadmapColumnState[] {
  return columnsFromQuery({
    roadmap: [
      {
        status: status('planned', 1),
        ideas: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: 'c2' },
          edges: [
            { cursor: 'c1', node: idea('a', 9) },
            { cursor: 'c2', node: idea('b', 4) },
          ],
        },
      },
      {
        status: status('done', 2),
        ideas: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: 'c4' },
          edges: [
            { cursor: 'c3', node: idea('c', 12) },
            { cursor: 'c4', node: idea('d', 1) },
          ],
        },
      },
    ],
  });
}

describe('moveIdea', () => {
  it('takes the idea out of its column and puts it in vote order in the target', () => {
    const moved = moveIdea(columns(), idea('b', 4), 'done');
    expect(moved[0]!.ideas.map((i) => i.id)).toEqual(['a']);
    expect(moved[0]!.totalCount).toBe(2);
    expect(moved[1]!.ideas.map((i) => i.id)).toEqual(['c', 'b', 'd']);
    expect(moved[1]!.totalCount).toBe(3);
  });

  it('only removes the idea when the new status is not a column', () => {
    const moved = moveIdea(columns(), idea('c', 12), 'declined');
    expect(moved[1]!.ideas.map((i) => i.id)).toEqual(['d']);
    expect(moved[1]!.totalCount).toBe(1);
    expect(moved[0]!.totalCount).toBe(3);
  });

  it('adds an idea that came from outside the roadmap', () => {
    const moved = moveIdea(columns(), idea('z', 5), 'planned');
    expect(moved[0]!.ideas.map((i) => i.id)).toEqual(['a', 'z', 'b']);
    expect(moved[0]!.totalCount).toBe(4);
  });
});

describe('appendPage', () => {
  it('adds the next page without repeating ideas already shown', () => {
    const start = moveIdea(columns(), idea('d', 1), 'planned')[0]!;
    const next = appendPage(start, {
      totalCount: 4,
      pageInfo: { hasNextPage: false, endCursor: 'c9' },
      edges: [
        { cursor: 'c8', node: idea('e', 2) },
        { cursor: 'c9', node: idea('d', 1) },
      ],
    });
    expect(next.ideas.map((i) => i.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(next.hasNextPage).toBe(false);
    expect(next.totalCount).toBe(4);
  });
});

describe('refreshColumns', () => {
  const ids = (list: readonly RoadmapColumnState[], key: string) =>
    list.find((column) => column.status.key === key)?.ideas.map((item) => item.id);

  it('takes the fresh first pages and keeps what was shown beyond them, with its cursor', () => {
    // Shown: planned loaded a second page (e, 2 votes), and a move placed f (1 vote) there.
    let shown = appendPage(columns()[0]!, {
      totalCount: 3,
      pageInfo: { hasNextPage: true, endCursor: 'c5' },
      edges: [{ cursor: 'c5', node: idea('e', 2) }],
    });
    shown = { ...shown, ideas: [...shown.ideas, idea('f', 1)] };
    const fresh = columns(); // planned: a, b (more to come); done: c, d

    const refreshed = refreshColumns([shown, columns()[1]!], fresh);

    expect(ids(refreshed, 'planned')).toEqual(['a', 'b', 'e', 'f']);
    expect(refreshed[0]).toMatchObject({ endCursor: 'c5', hasNextPage: true, totalCount: 3 });
    expect(refreshed[1]).toBe(fresh[1]);
  });

  it('drops what the fresh pages cover and no longer list (hidden or moved elsewhere)', () => {
    const shown = columns();
    // Before: planned had x (7 votes) in its first page; now x is gone, and b moved to done.
    const before = [{ ...shown[0]!, ideas: [idea('a', 9), idea('x', 7), idea('b', 4)] }, shown[1]!];
    const fresh = columns();
    const planned = { ...fresh[0]!, ideas: [idea('a', 9), idea('g', 5)] };
    const done = { ...fresh[1]!, ideas: [idea('c', 12), idea('b', 4), idea('d', 1)] };

    const refreshed = refreshColumns(before, [planned, done]);

    expect(ids(refreshed, 'planned')).toEqual(['a', 'g']);
    expect(ids(refreshed, 'done')).toEqual(['c', 'b', 'd']);
  });
});
