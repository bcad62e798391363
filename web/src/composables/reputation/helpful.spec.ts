// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CommentNode } from '@/composables/comments/useComments';
import { canMarkHelpful, helpfulAnswers } from './helpful';

let sequence = 0;
function comment(overrides: Partial<CommentNode> = {}): CommentNode {
  sequence += 1;
  return {
    id: `c${sequence}`,
    body: 'text',
    bodyHtml: '<p>text</p>',
    official: false,
    helpful: false,
    deleted: false,
    hidden: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    editedAt: null,
    author: { id: 'answerer', displayName: 'Bob Builder', role: 'MEMBER' },
    ...overrides,
  };
}

const ideaAuthor = { id: 'author', role: 'MEMBER' as const };

describe('canMarkHelpful', () => {
  it('lets the idea’s author and staff from moderators up mark other people’s comments', () => {
    expect(canMarkHelpful(ideaAuthor, comment(), 'author')).toBe(true);
    expect(canMarkHelpful({ id: 'mod', role: 'MODERATOR' }, comment(), 'author')).toBe(true);
    expect(canMarkHelpful({ id: 'pm', role: 'PRODUCT_MANAGER' }, comment(), 'author')).toBe(true);
  });

  it('refuses other members, visitors and one’s own comment', () => {
    expect(canMarkHelpful({ id: 'someone', role: 'MEMBER' }, comment(), 'author')).toBe(false);
    expect(canMarkHelpful(null, comment(), 'author')).toBe(false);
    expect(
      canMarkHelpful(ideaAuthor, comment({ author: { id: 'author', displayName: 'A', role: 'MEMBER' } }), 'author'),
    ).toBe(false);
    expect(
      canMarkHelpful(
        { id: 'pm', role: 'ADMIN' },
        comment({ author: { id: 'pm', displayName: 'P', role: 'ADMIN' } }),
        'x',
      ),
    ).toBe(false);
  });

  it('never offers the mark on official answers or removed comments', () => {
    expect(canMarkHelpful(ideaAuthor, comment({ official: true }), 'author')).toBe(false);
    expect(canMarkHelpful(ideaAuthor, comment({ deleted: true, author: null }), 'author')).toBe(false);
  });
});

describe('helpfulAnswers', () => {
  it('finds helpful comments and replies in thread order, skipping removed ones', () => {
    const reply = comment({ helpful: true });
    const first = comment({ helpful: false, replies: [comment(), reply] });
    const second = comment({ helpful: true });
    const removed = comment({ helpful: true, deleted: true });
    expect(helpfulAnswers([first, second, removed]).map((c) => c.id)).toEqual([reply.id, second.id]);
    expect(helpfulAnswers([])).toEqual([]);
  });
});
