import { DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { expectFitsAndScreenshot, expectNoSeriousA11yViolations } from '../fixtures/checks';

const ownActions = (page: import('@playwright/test').Page) => page.getByTestId('idea-own-actions');

test('on a phone, an author edits their idea in place with the keyboard, then deletes it; it leaves the board', async ({
  page,
  apiAs,
}, testInfo) => {
  const word = `lantern${Date.now().toString(36)}`;
  const author = await apiAs('member');
  const { id } = await author.submitIdea({
    boardSlug: DEMO_BOARD.slug,
    title: `Offline mode ${word}`,
    body: 'Work without a connection.',
  });

  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, 'member');
  await page.goto(`/ideas/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Offline mode ${word}`);

  await page.getByRole('button', { name: 'Edit idea' }).click();
  const form = page.getByRole('form', { name: 'Edit your idea' });
  const title = form.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(`Offline mode ${word}`);

  // Refused by the form itself, next to the field.
  await title.fill('abc');
  await title.press('Enter');
  await expect(form.getByTestId('field-error')).toContainText('at least 4 characters');
  await expect(title).toBeFocused();

  await title.fill(`Offline mode for field teams ${word}`);
  await form.getByRole('textbox', { name: 'Details' }).fill('Work **without** a connection, sync later.');
  await form.getByRole('textbox', { name: 'Tags' }).fill('offline,');
  await expectNoSeriousA11yViolations(page, testInfo, 'idea-edit');
  await expectFitsAndScreenshot(page, testInfo, 'idea-edit-360');
  await title.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Offline mode for field teams ${word}`);
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('idea-body').locator('strong')).toHaveText('without');
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText('#offline');
  await expect(page.getByRole('button', { name: 'Edit idea' })).toBeFocused();
  expect((await author.idea(id)).title).toBe(`Offline mode for field teams ${word}`);

  await page.goto(`/b/${DEMO_BOARD.slug}?q=${word}`);
  await expect(page.getByRole('link', { name: `Offline mode for field teams ${word}` })).toBeVisible();
  await page.getByRole('link', { name: `Offline mode for field teams ${word}` }).click();

  await page.getByRole('button', { name: 'Delete idea' }).click();
  const dialog = page.getByTestId('delete-idea-dialog');
  await expect(dialog.getByRole('heading', { name: 'Delete this idea?' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, testInfo, 'idea-delete');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete idea' })).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Delete idea' }).click();
  await expect(page).toHaveURL(new RegExp(`/b/${DEMO_BOARD.slug}$`));
  await expect(page.getByTestId('page-notice')).toContainText(`“Offline mode for field teams ${word}” is deleted.`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_BOARD.name);
  await expectFitsAndScreenshot(page, testInfo, 'idea-deleted-360');

  await page.goto(`/b/${DEMO_BOARD.slug}?q=${word}`);
  await expect(page.getByText('No ideas match these filters')).toBeVisible();
  await expect(page.getByRole('link', { name: `Offline mode for field teams ${word}` })).toHaveCount(0);
  await expect(page.getByTestId('page-notice')).toHaveCount(0);
  expect(await author.filteredIdeaTitles(DEMO_BOARD.slug, { search: word })).toEqual([]);
});

test('another member sees no edit or delete controls; once the team changes the status, the author can no longer edit', async ({
  page,
  apiAs,
}) => {
  const author = await apiAs('member');
  const { id, title } = await author.submitIdea({
    boardSlug: DEMO_BOARD.slug,
    title: `Calendar export ${Date.now().toString(36)}`,
  });

  const stranger = newAccount('Quincy');
  await (await apiAs(stranger, { signUp: true })).viewerId();
  await new ApiClient(page.request).signIn(stranger);
  await page.goto(`/ideas/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('button', { name: /^upvote/i }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit idea' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete idea' })).toHaveCount(0);
  await expect(ownActions(page)).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, 'member');
  await page.goto(`/ideas/${id}`);
  await expect(page.getByRole('button', { name: 'Edit idea' })).toBeVisible();

  await (await apiAs('pm')).changeStatus(id, 'under_review', 'Looking into it');
  await page.reload();
  await expect(page.getByTestId('status-history')).toContainText('Looking into it');
  await expect(page.getByRole('button', { name: 'Edit idea' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete idea' })).toBeVisible();
});
