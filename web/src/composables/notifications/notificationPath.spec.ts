import { describe, expect, it } from 'vitest';
import { notificationPath } from './notificationPath';

describe('notificationPath', () => {
  it('leads to the idea, at the comment when there is one, else to the list', () => {
    expect(notificationPath({ idea: { id: 'i1' }, commentId: null })).toBe('/ideas/i1');
    expect(notificationPath({ idea: { id: 'i1' }, commentId: 'c2' })).toBe('/ideas/i1#comment-c2');
    expect(notificationPath({ idea: null, commentId: null })).toBe('/notifications');
  });
});
