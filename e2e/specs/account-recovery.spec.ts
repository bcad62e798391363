import { DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { linkIn, waitForMail } from '../fixtures/mailbox';

const VIEWER = `query E2EViewer { viewer { id email emailVerified } }`;

test.describe('accounts customers can keep (real mail through an SMTP sink)', () => {
  test('a newcomer signs up, confirms the address from the mail, and the reminder goes away', async ({
    page,
  }, testInfo) => {
    const account = newAccount('Vera');
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill(account.displayName);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    const notice = page.getByTestId('verify-email-notice');
    await expect(notice).toContainText(`We sent a link to ${account.email}`);
    await expectNoSeriousA11yViolations(page, testInfo, 'verify-notice');

    const mail = await waitForMail(account.email, 'Confirm your e-mail address');
    await page.goto(linkIn(mail, '/verify-email'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your e-mail address is confirmed');
    await expect(page.getByTestId('verify-done')).toBeVisible();
    await expect(notice).toHaveCount(0);
    await screenshotWidths(page, testInfo, 'verify-email', () => expect(page.getByTestId('verify-done')).toBeVisible());

    // The link works once.
    await page.goto(linkIn(mail, '/verify-email'));
    await expect(page.getByTestId('verify-failed')).toContainText('not valid any more');
  });

  test('forgot password: the mailed link sets a new one and signs every old session out', async ({
    page,
    apiAs,
  }, testInfo) => {
    const account = newAccount('Rafael');
    const laptop = await apiAs(account, { signUp: true }); // a session elsewhere, to be ended

    await page.setViewportSize({ width: 360, height: 800 }); // on a phone
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
    await expect(page.getByLabel('E-mail')).toHaveValue(account.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(page.getByTestId('reset-sent')).toContainText(account.email);
    await expectNoSeriousA11yViolations(page, testInfo, 'forgot-password');

    const mail = await waitForMail(account.email, 'Reset your Chorus password');
    await page.goto(linkIn(mail, '/reset-password'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('a-much-better-secret');
    await page.getByLabel('New password again').fill('a-much-better-secret');
    await page.getByRole('button', { name: 'Set new password' }).click();

    await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
    await expect(page.getByTestId('reset-done')).toBeVisible();
    expect((await laptop.graphql<{ viewer: null }>(VIEWER)).viewer).toBeNull();

    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('do not match');
    await page.getByLabel('Password').fill('a-much-better-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);

    // The same link cannot be used twice.
    await page.goto(linkIn(mail, '/reset-password'));
    await page.getByLabel('New password', { exact: true }).fill('yet-another-secret');
    await page.getByLabel('New password again').fill('yet-another-secret');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByTestId('link-problem')).toBeVisible();
  });

  test('a member moves their account to a new address, and the old one is told', async ({ page, apiAs }, testInfo) => {
    const account = newAccount('Nadia');
    await apiAs(account, { signUp: true });
    const newEmail = account.email.replace('@', '-new@');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    // Confirm the first address (so the old address is a real one to tell).
    await page.goto(linkIn(await waitForMail(account.email, 'Confirm your e-mail address'), '/verify-email'));
    await expect(page.getByTestId('verify-done')).toBeVisible();

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Account settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
    const emailSection = page.getByRole('region', { name: 'E-mail address' });
    await emailSection.getByLabel('New e-mail address').fill(newEmail);
    await emailSection.getByLabel('Your password').fill(account.password);
    await emailSection.getByRole('button', { name: 'Change e-mail address' }).click();
    await expect(page.getByTestId('email-change-sent')).toContainText(newEmail);
    await expect(page.getByTestId('current-email')).toHaveText(account.email);
    await expectNoSeriousA11yViolations(page, testInfo, 'account-settings');
    await screenshotWidths(page, testInfo, 'account-settings', () =>
      expect(page.getByTestId('email-change-sent')).toBeVisible(),
    );

    await page.goto(linkIn(await waitForMail(newEmail, 'Confirm your e-mail address'), '/verify-email'));
    await expect(page.getByTestId('verify-done')).toBeVisible();
    await page.goto('/settings/account');
    await expect(page.getByTestId('current-email')).toHaveText(newEmail);
    const notice = await waitForMail(account.email, 'Your Chorus e-mail address was changed');
    expect(notice.text).toContain(newEmail);
  });

  test('the sessions page lists browsers, signs one out, then signs out everywhere', async ({
    page,
    apiAs,
  }, testInfo) => {
    const account = newAccount('Sol');
    const other = await apiAs(account, { signUp: true });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto('/settings/sessions');
    const rows = page.getByTestId('session-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'This browser' })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, testInfo, 'sessions');
    await screenshotWidths(page, testInfo, 'sessions', () => expect(rows).toHaveCount(2));

    await rows
      .filter({ hasNotText: 'This browser' })
      .getByRole('button', { name: /Sign out/ })
      .click();
    await expect(rows).toHaveCount(1);
    expect((await other.graphql<{ viewer: null }>(VIEWER)).viewer).toBeNull();

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const dialog = page.getByTestId('sign-out-everywhere-dialog');
    await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });
});
