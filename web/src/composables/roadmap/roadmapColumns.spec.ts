import { describe, expect, it } from 'vitest';
import { appendPage, columnsFromQuery, moveIdea, type RoadmapColumnState } from './roadmapColumns';

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
