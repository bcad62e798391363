import type { Page } from '@playwright/test';
import { DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { IdeaPage } from '../pages/idea.page';

/** Sideways overflow of the page; right after a resize the idea page takes a moment to settle. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('merging duplicates', () => {
  test('a product manager merges a duplicate into the original, then unmerges it', async ({
    page,
    apiAs,
  }, testInfo) => {
    // A is backed by its author and a shared backer, B by its author and the same shared backer.
    const tag = Date.now().toString(36);
    const [authorA, authorB, both] = await Promise.all(
      ['Ana', 'Ben', 'Cy'].map((name) => apiAs(newAccount(name), { signUp: true })),
    );
    const a = await authorA.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Export boards as spreadsheets ${tag}` });
    const b = await authorB.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Quarterly spreadsheet export ${tag}` });
    await both.castVote(a.id);
    await both.castVote(b.id);

    await signInAs(page, 'pm');
    const idea = new IdeaPage(page);
    await idea.goto(a.id);
    await expect(idea.voteCount).toHaveText('2');
    await page.getByRole('button', { name: 'Merge into…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Merge into another idea' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox', { name: 'Search this board' }).fill(`Quarterly spreadsheet export ${tag}`);
    const choice = dialog.getByRole('radio', { name: new RegExp(b.title) });
    await expect(choice).toBeVisible();
    await expect(dialog.getByRole('radio', { name: new RegExp(a.title) })).toHaveCount(0); // never itself
    await choice.check();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'merge-dialog-pick');
    await screenshotWidths(page, testInfo, 'merge-dialog-pick', async () => {
      await expect(choice).toBeChecked();
      await expect.poll(() => overflow(page)).toBe(0);
    });
    await page.setViewportSize({ width: 1280, height: 800 });

    await dialog.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('dialog', { name: 'Merge these ideas?' });
    await expect(confirm.getByTestId('merge-confirm')).toContainText('Its 2 votes move');
    await expect(confirm.getByTestId('merge-confirm')).toContainText('followers follow');
    await expect(confirm.getByRole('button', { name: 'Merge ideas' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, testInfo, 'merge-dialog-confirm');
    await screenshotWidths(page, testInfo, 'merge-dialog-confirm', async () => {
      await expect(confirm).toBeVisible();
      await expect.poll(() => overflow(page)).toBe(0);
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await confirm.getByRole('button', { name: 'Merge ideas' }).click();

    // Lands on the original: the union of backers (the shared backer once), and A listed as merged here.
    await expect(page).toHaveURL(`/ideas/${b.id}`);
    await expect(idea.heading).toHaveText(b.title);
    await expect(idea.voteCount).toHaveText('3');
    const mergedHere = page.getByTestId('merged-here');
    await expect(mergedHere.getByRole('link', { name: a.title })).toBeVisible();

    // The duplicate says where it went and takes no votes.
    await mergedHere.getByRole('link', { name: a.title }).click();
    const notice = page.getByTestId('merged-notice');
    await expect(notice).toContainText(`Merged into ${b.title}`);
    await expect(idea.voteButton).toHaveAttribute('aria-disabled', 'true');
    await expect(notice.getByRole('link', { name: b.title })).toHaveAttribute('href', `/ideas/${b.id}`);
    await expectNoSeriousA11yViolations(page, testInfo, 'merged-idea');
    await screenshotWidths(page, testInfo, 'merged-idea', async () => {
      await expect(notice).toBeVisible();
      await expect.poll(() => overflow(page)).toBe(0);
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await both.idea(b.id)).voteCount).toBe(3);

    await notice.getByRole('button', { name: `Unmerge “${a.title}”` }).click();
    const unmerge = page.getByRole('dialog', { name: 'Unmerge this idea?' });
    await unmerge.getByRole('button', { name: 'Unmerge' }).click();
    await expect(unmerge).toBeHidden();
    await expect(notice).toBeHidden();
    await expect(idea.voteButton).not.toHaveAttribute('aria-disabled', 'true');
    await expect(idea.voteCount).toHaveText('2');
    expect((await both.idea(a.id)).voteCount).toBe(2);
    expect((await both.idea(b.id)).voteCount).toBe(2);
  });
});
