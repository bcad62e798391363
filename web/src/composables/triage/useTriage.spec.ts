import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL } from '@/testing/graphql';
import { useTriage } from './useTriage';

describe('useTriage', () => {
  it('asks the API for open ideas oldest first, a page at a time, and drops decided ones', async () => {
    const oldest = makeIdea({ createdAt: '2025-01-01T00:00:00.000Z' });
    const middle = makeIdea({ createdAt: '2025-02-01T00:00:00.000Z' });
    const newest = makeIdea({ createdAt: '2025-03-01T00:00:00.000Z' });
    const sent: Array<{ variables: Record<string, unknown> }> = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return operation.variables.after
        ? jsonResponse(ideasPage([newest], 3, 'p2', false))
        : jsonResponse(ideasPage([oldest, middle], 3, 'p1', true));
    });

    const triage = useTriage('feedback');
    expect(triage.loading.value).toBe(true);
    await flushPromises();

    expect(sent[0]?.variables).toEqual({
      boardSlug: 'feedback',
      sort: 'OLDEST',
      status: 'open',
      first: 20,
      after: null,
    });
    expect(triage.ideas.value.map((idea) => idea.id)).toEqual([oldest.id, middle.id]);
    expect(triage.hasNextPage.value).toBe(true);

    triage.remove(middle.id);
    expect(triage.ideas.value.map((idea) => idea.id)).toEqual([oldest.id]);
    expect(triage.totalCount.value).toBe(2);

    await triage.loadMore();
    expect(sent[1]?.variables).toMatchObject({ after: 'p1' });
    expect(triage.ideas.value.map((idea) => idea.id)).toEqual([oldest.id, newest.id]);
    expect(triage.hasNextPage.value).toBe(false);
  });
});
