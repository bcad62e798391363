import { ApiClient } from '../fixtures/api';
import { DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { IdeaPage } from '../pages/idea.page';

test.describe('moderation', () => {
  test('a member reports a comment, a moderator hides it, others see the placeholder, then it is unhidden', async ({
    page,
    apiAs,
  }, testInfo) => {
    const tag = Date.now().toString(36);
    const author = await apiAs(newAccount('Spammy'), { signUp: true });
    const pm = await apiAs('pm');
    const target = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Moderation target ${tag}` });
    const text = `Buy cheap followers now ${tag}`;
    await author.postComment(target.id, text);

    // The member reports it through the UI.
    await signInAs(page, 'member');
    const idea = new IdeaPage(page);
    await idea.goto(target.id);
    const comment = idea.comment(text);
    await comment.getByRole('button', { name: 'Report this comment' }).click();
    const report = page.getByRole('dialog', { name: 'Report this comment' });
    await report.getByRole('button', { name: 'Send report' }).click();
    await expect(report.getByText('Choose a reason.')).toBeVisible();
    await report.getByRole('radio', { name: /Spam/ }).check();
    await report.getByLabel('Note (optional)').fill('Advertising');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'report-dialog');
    await report.getByRole('button', { name: 'Send report' }).click();
    await expect(report.getByTestId('report-done')).toContainText('Thanks for reporting');
    await report.getByRole('button', { name: 'Done' }).click();
    await expect(comment.getByRole('button', { name: 'You reported this comment' })).toBeVisible();

    // A product manager (moderator and up) works the queue from the header link.
    await page.context().clearCookies();
    await signInAs(page, 'pm');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click();
    await expect(page).toHaveURL('/moderation');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation');
    const item = page.getByTestId('flagged-item').filter({ hasText: text });
    await expect(item).toBeVisible();
    await expect(item.getByTestId('flag-count')).toHaveText('1 report');
    await expect(item).toContainText('Spam');
    await expect(item).toContainText('Advertising');
    await expectNoSeriousA11yViolations(page, testInfo, 'moderation');
    await screenshotWidths(page, testInfo, 'moderation', () => expect(item).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    await item.getByRole('button', { name: 'Suspend author' }).click();
    const suspend = page.getByRole('dialog', { name: /^Suspend Spammy/ });
    await expectNoSeriousA11yViolations(page, testInfo, 'suspend-dialog');
    await suspend.getByRole('button', { name: 'Cancel' }).click();
    await expect(suspend).toBeHidden();

    await item.getByRole('button', { name: 'Hide comment' }).click();
    await expect(item).toHaveCount(0);

    // Another member sees only the placeholder.
    await page.context().clearCookies();
    await new ApiClient(page.request).signUp(newAccount('Reader'));
    await idea.goto(target.id);
    const hidden = idea.comments.filter({ has: page.getByTestId('comment-hidden') });
    await expect(hidden).toHaveCount(1);
    await expect(hidden).toContainText('Hidden by a moderator');
    await expect(page.getByText(text)).toHaveCount(0);

    // The moderator unhides it from the idea page.
    await page.context().clearCookies();
    await signInAs(page, 'pm');
    await idea.goto(target.id);
    await hidden.getByRole('button', { name: 'Unhide' }).click();
    await expect(idea.comment(text)).toBeVisible();
  });

  test('members get the no-access state', async ({ page }) => {
    await signInAs(page, 'member');
    await page.goto('/moderation');
    await expect(page.getByTestId('access-denied')).toBeVisible();
  });
});
