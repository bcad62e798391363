import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ideasPage, jsonResponse, makeIdea, mockGraphQL } from '@/testing/graphql';
import { oldestFirst, useTriage } from './useTriage';

describe('oldestFirst', () => {
  it('orders by creation time, oldest first', () => {
    const list = [{ createdAt: '2025-03-01' }, { createdAt: '2025-01-01' }, { createdAt: '2025-02-01' }];
    expect(oldestFirst(list).map((item) => item.createdAt)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });
});

describe('useTriage', () => {
  it('pages through the newest-first list of open ideas and shows it oldest first', async () => {
    const newest = makeIdea({ createdAt: '2025-03-01T00:00:00.000Z' });
    const middle = makeIdea({ createdAt: '2025-02-01T00:00:00.000Z' });
    const oldest = makeIdea({ createdAt: '2025-01-01T00:00:00.000Z' });
    const sent: Array<Record<string, unknown>> = [];
    mockGraphQL((operation) => {
      sent.push(operation.variables);
      return operation.variables.after
        ? jsonResponse(ideasPage([oldest], 3, 'p2', false))
        : jsonResponse(ideasPage([newest, middle], 3, 'p1', true));
    });

    const triage = useTriage('feedback');
    expect(triage.loading.value).toBe(true);
    await flushPromises();

    expect(sent).toEqual([
      { boardSlug: 'feedback', status: 'open', first: 100, after: null },
      { boardSlug: 'feedback', status: 'open', first: 100, after: 'p1' },
    ]);
    expect(triage.ideas.value.map((idea) => idea.id)).toEqual([oldest.id, middle.id, newest.id]);
    expect(triage.truncated.value).toBe(false);

    triage.remove(middle.id);
    expect(triage.ideas.value).toHaveLength(2);
    expect(triage.totalCount.value).toBe(2);
  });
});
