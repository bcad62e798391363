import { DEMO_ACCOUNTS, DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { IdeaPage } from '../pages/idea.page';
import { expectFitsAndScreenshot, expectNoSeriousA11yViolations, tabTo } from '../fixtures/checks';

test.describe('idea page', () => {
  test('a member comments, replies, edits and deletes', async ({ page, apiAs }) => {
    const account = newAccount('Lee');
    const author = await apiAs(account, { signUp: true });
    const { id } = await author.submitIdea({
      boardSlug: DEMO_BOARD.slug,
      title: `Export to CSV ${account.email}`,
      body: 'We need **CSV** exports for the finance team.',
    });
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.member);

    const idea = new IdeaPage(page);
    await idea.goto(id);
    await expect(page.getByTestId('idea-body').locator('strong')).toHaveText('CSV');
    await expect(page.getByText('No comments yet')).toBeVisible();

    await idea.commentBox.fill('Would love this for the monthly report.');
    await page.getByRole('tab', { name: 'Preview' }).first().click();
    await expect(page.getByTestId('markdown-preview').first()).toContainText('Would love this for the monthly report.');
    await page.getByRole('tab', { name: 'Write' }).first().click();
    await idea.postComment.click();

    const comment = idea.comment('Would love this for the monthly report.');
    await expect(comment).toBeVisible();
    await expect(idea.commentBox).toHaveValue('');

    await comment.getByRole('button', { name: 'Reply' }).click();
    const replyBox = page.getByRole('textbox', { name: /^Reply to / });
    await expect(replyBox).toBeFocused();
    await replyBox.fill('Same here: *weekly* would be even better.');
    await page.getByRole('button', { name: 'Reply', exact: true }).last().click();
    const reply = idea.comment('Same here: weekly would be even better.');
    await expect(reply).toBeVisible();
    await expect(reply.locator('em')).toHaveText('weekly');
    // One level only: replies offer no Reply button.
    await expect(reply.getByRole('button', { name: 'Reply' })).toHaveCount(0);

    await reply.getByRole('button', { name: 'Edit' }).click();
    const editBox = page.getByRole('textbox', { name: 'Edit your comment' });
    await editBox.fill('Same here, weekly please.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(idea.comment('Same here, weekly please.')).toContainText('edited');

    // Deleting the parent keeps its reply under a placeholder; the dialog asks first.
    await comment.getByRole('button', { name: 'Delete' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Delete this comment?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(idea.comment('Would love this for the monthly report.')).toBeVisible();

    await idea
      .comment('Would love this for the monthly report.')
      .getByRole('button', { name: 'Delete' })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Delete comment' }).click();
    await expect(page.getByText('Comment removed')).toBeVisible();
    await expect(idea.comment('Same here, weekly please.')).toBeVisible();
    await expect(page.getByText('Would love this for the monthly report.')).toHaveCount(0);
  });

  test('a keyboard-only member votes and comments', async ({ page, apiAs }) => {
    const account = newAccount('Kai');
    const author = await apiAs(account, { signUp: true });
    const { id } = await author.submitIdea({
      boardSlug: DEMO_BOARD.slug,
      title: `Keyboard shortcuts ${account.email}`,
    });
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.member);

    const idea = new IdeaPage(page);
    await idea.goto(id);
    await tabTo(page, idea.voteButton);
    await page.keyboard.press('Space');
    await expect(idea.voteButton).toHaveAttribute('aria-pressed', 'true');
    await expect(idea.voteCount).toHaveText('2');

    await tabTo(page, idea.commentBox);
    await page.keyboard.type('Typed without a mouse.');
    await tabTo(page, idea.postComment);
    await page.keyboard.press('Enter');
    await expect(idea.comment('Typed without a mouse.')).toBeVisible();

    const state = await new ApiClient(page.request).idea(id);
    expect(state).toMatchObject({ voteCount: 2, viewerHasVoted: true, commentCount: 1 });
  });

  test('a product manager changes the status with a note and answers officially', async ({ page, apiAs }) => {
    const account = newAccount('Ada');
    const author = await apiAs(account, { signUp: true });
    const { id } = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Bulk archive ${account.email}` });
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.pm);

    const idea = new IdeaPage(page);
    await idea.goto(id);
    const open = page.getByRole('button', { name: 'Change status' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Change status' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: /Open/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();

    await open.click();
    await dialog.getByRole('radio', { name: /Planned/ }).check();
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Scheduled for **Q3**. Thanks for the votes!');
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('article').getByTestId('status-badge').first()).toHaveText(/Planned/);
    const latest = idea.history.getByTestId('status-change').first();
    await expect(latest).toContainText('Planned');
    await expect(latest).toContainText('Sam Okafor (Product)');
    await expect(latest.getByTestId('status-note').locator('strong')).toHaveText('Q3');
    const state = await new ApiClient(page.request).idea(id);
    expect(state.status.key).toBe('planned');
    expect(state.statusHistory.at(-1)?.note).toBe('Scheduled for **Q3**. Thanks for the votes!');

    await idea.commentBox.fill('We are on it.');
    await page.getByRole('checkbox', { name: 'Official response' }).check();
    await idea.postComment.click();
    const official = idea.comment('We are on it.');
    await expect(official.getByTestId('official-badge')).toHaveText('Official response');
    await expect(official.getByTestId('role-badge')).toHaveText('Product manager');
  });

  test('ideas that no longer take votes say so', async ({ page, api }) => {
    const closed = (await api.ideas(DEMO_BOARD.slug, 'TOP')).ideas.find((idea) => !idea.status.acceptsVotes);
    test.skip(!closed, 'the demo data has no closed idea');
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.member);
    const idea = new IdeaPage(page);
    await idea.goto(closed!.id);
    await expect(idea.voteButton).toHaveAttribute('aria-disabled', 'true');
    await expect(idea.voteButton).toHaveAccessibleDescription('Voting closed');
    await idea.voteButton.focus();
    await page.keyboard.press('Enter');
    await expect(idea.voteCount).toHaveText(String(closed!.voteCount));
    await expect(idea.voteButton).toHaveAttribute('aria-pressed', 'false');
  });

  test('the idea and submit pages are accessible and fit small screens', async ({ page, api }, testInfo) => {
    test.setTimeout(120_000);
    const top = (await api.ideas(DEMO_BOARD.slug, 'TOP')).ideas.find(
      (idea) => idea.title === 'Dark mode for the editor',
    )!;
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.pm);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const idea = new IdeaPage(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await idea.goto(top.id);
      await expect(page.getByTestId('comment').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, testInfo, `idea-${colorScheme}`);
      await page.goto(`/b/${DEMO_BOARD.slug}/new`);
      await page.getByLabel('Title').fill('dark mode');
      await expect(page.getByTestId('similar-idea').first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, testInfo, `submit-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await idea.goto(top.id);
      await expect(page.getByTestId('comment').first()).toBeVisible();
      await expectFitsAndScreenshot(page, testInfo, `idea-${width}`);
      await page.getByRole('button', { name: 'Change status' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectFitsAndScreenshot(page, testInfo, `idea-status-dialog-${width}`);
      await page.keyboard.press('Escape');
      await page.goto(`/b/${DEMO_BOARD.slug}/new`);
      await page.getByLabel('Title').fill('dark mode');
      await page.getByLabel('Tags').fill('editor,');
      await expect(page.getByTestId('similar-idea').first()).toBeVisible();
      await expectFitsAndScreenshot(page, testInfo, `submit-${width}`);
    }
  });
});
