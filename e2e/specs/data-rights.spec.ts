import { readFile } from 'node:fs/promises';
import { DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { expectNoSeriousA11yViolations } from '../fixtures/checks';

test('a member downloads their data, then deletes the account; their idea stays, by a former member', async ({
  page,
  apiAs,
}, testInfo) => {
  const account = newAccount('Greta');
  const member = await apiAs(account, { signUp: true });
  const { id: ideaId } = await member.submitIdea({
    boardSlug: DEMO_BOARD.slug,
    title: `Keep my idea ${account.email}`,
  });

  await page.setViewportSize({ width: 360, height: 800 });
  await new ApiClient(page.request).signIn(account);
  await page.goto('/settings/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const file = await (await downloading).path();
  const data = JSON.parse(await readFile(file, 'utf8')) as { account: { email: string }; ideas: Array<{ id: string }> };
  expect(data.account.email).toBe(account.email);
  expect(data.ideas.map((idea) => idea.id)).toContain(ideaId);
  await expect(page.getByTestId('data-downloaded')).toContainText('downloaded');

  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByTestId('delete-account-dialog');
  await dialog.getByLabel('Your password').fill('not-the-password');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(dialog.getByTestId('field-error')).toContainText('not your current password');
  await expectNoSeriousA11yViolations(page, testInfo, 'delete-account');
  await dialog.getByLabel('Your password').fill(account.password);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto(`/ideas/${ideaId}`);
  await expect(page.getByText('Former member').first()).toBeVisible();
});
