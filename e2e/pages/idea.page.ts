import type { Locator, Page } from '@playwright/test';

/** The idea page, found by roles, labels and test ids. */
export class IdeaPage {
  readonly heading: Locator;
  readonly voteButton: Locator;
  readonly voteCount: Locator;
  readonly comments: Locator;
  readonly commentBox: Locator;
  readonly postComment: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.voteButton = page
      .getByRole('main')
      .getByRole('button', { name: /^upvote/i })
      .first();
    this.voteCount = this.voteButton.getByTestId('vote-count');
    this.comments = page.getByTestId('comment');
    this.commentBox = page.getByRole('textbox', { name: 'Add a comment' });
    this.postComment = page.getByRole('button', { name: 'Post comment' });
    this.history = page.getByTestId('status-history');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/ideas/${id}`);
    await this.voteButton.waitFor();
  }

  comment(text: string): Locator {
    return this.comments.filter({ has: this.page.getByTestId('comment-body').getByText(text, { exact: true }) }).last();
  }
}
