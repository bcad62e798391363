import { DEMO_ACCOUNTS, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

test.describe('API tokens', () => {
  test('a member creates a token, sees it once, uses it and revokes it', async ({
    page,
    api,
    apiAs,
    context,
  }, testInfo) => {
    const member = await apiAs('member');
    const memberId = await member.viewerId();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInAs(page, 'member');
    await page.goto('/settings/tokens');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API tokens');
    await expect(page).toHaveTitle('API tokens · Chorus');

    // A name is required.
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByTestId('field-error')).toHaveText(/Give the token a name/);
    await expect(page.getByLabel('Name')).toBeFocused();

    await page.getByLabel('Name').fill('CI sync');
    // Read-only and 90 days unless chosen otherwise; members are not offered the admin scope.
    await expect(page.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Admin' })).toHaveCount(0);
    await page.getByRole('radio', { name: 'Read and write' }).check();
    await page.getByLabel('Expires after').selectOption('30 days');
    await page.getByRole('button', { name: 'Create token' }).click();
    const reveal = page.getByTestId('new-token');
    await expect(reveal).toContainText('This is the only time Chorus shows it');
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await reveal.getByRole('button', { name: 'Copy' }).click();
    await expect(reveal.getByRole('status')).toHaveText(/Copied to the clipboard|Selected/);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'tokens');
    await screenshotWidths(page, testInfo, 'tokens', () => expect(reveal).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    // The token works as a bearer token.
    const viewer = await api.withToken(secret).graphql<{ viewer: { id: string } | null }>('{ viewer { id } }');
    expect(viewer.viewer?.id).toBe(memberId);

    // Shown once: after a reload only the name remains, now with a last use.
    await page.reload();
    await expect(page.getByTestId('new-token')).toHaveCount(0);
    const row = page.getByTestId('token-row').filter({ hasText: 'CI sync' });
    await expect(row).toContainText('Last used');
    await expect(row.getByTestId('token-scope')).toHaveText('Read and write');
    await expect(row.getByTestId('token-expiry')).toContainText('Expires');
    await expect(page.getByText(secret)).toHaveCount(0);

    // Revoke, with a confirmation that can be cancelled.
    await row.getByRole('button', { name: 'Revoke CI sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “CI sync”?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByRole('button', { name: 'Revoke CI sync' })).toBeFocused();
    await row.getByRole('button', { name: 'Revoke CI sync' }).click();
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('token-row').filter({ hasText: 'CI sync' })).toHaveCount(0);

    const after = await api
      .withToken(secret)
      .graphql<{ viewer: { id: string } | null }>('{ viewer { id } }')
      .then(
        (data) => data.viewer,
        (error: Error) => error,
      );
    expect(after === null || after instanceof Error).toBe(true);
  });

  test('visitors are asked to sign in', async ({ page }) => {
    await page.goto('/settings/tokens');
    const denied = page.getByTestId('access-denied');
    await denied.getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=(\/|%2F)settings(\/|%2F)tokens$/);
    await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.member.email);
    await page.getByLabel('Password').fill(DEMO_ACCOUNTS.member.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/settings\/tokens$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API tokens');
  });
});
