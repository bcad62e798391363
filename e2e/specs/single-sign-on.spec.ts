import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { startTestIdp, type TestIdp } from '../fixtures/oidc-provider';

const DISABLE = `mutation E2EDisableSso { updateSsoSettings(input: { oidcEnabled: false, appEnabled: false }) { oidcEnabled } }`;

test.describe('single sign-on with a real OpenID provider', () => {
  let idp: TestIdp;

  test.beforeAll(async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port) + 3000;
    idp = await startTestIdp(`${baseURL}/sso/oidc/callback`, { port });
    idp.accounts.set('iris', { email: 'iris@northwind.test', email_verified: true, name: 'Iris Northwind' });
  });

  test.afterAll(async ({ apiAs }) => {
    // Leave the sign-in page as other specs expect it.
    await (await apiAs('admin')).graphql(DISABLE).catch(() => undefined);
    await idp.close();
  });

  test('an admin turns OpenID Connect on, and a customer signs in through the provider', async ({
    page,
    browser,
  }, testInfo) => {
    await signInAs(page, 'admin');
    await page.goto('/admin/sso');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Single sign-on');
    await expect(page.getByTestId('oidc-redirect-uri')).toHaveText(`${new URL(page.url()).origin}/sso/oidc/callback`);
    await page.getByLabel('Offer sign-in with OpenID Connect').check();
    await page.getByLabel('Issuer URL').fill(idp.issuer);
    await page.getByLabel('Client ID').fill(idp.clientId);
    await page.getByLabel('Client secret').fill(idp.clientSecret);
    await page.getByLabel('Button text').fill('Sign in with Northwind ID');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('sso-saved')).toContainText('Saved');
    await expect(page.getByLabel('Client secret')).toHaveValue('');
    await expectNoSeriousA11yViolations(page, testInfo, 'admin-sso');
    await screenshotWidths(page, testInfo, 'admin-sso', () => expect(page.getByLabel('Issuer URL')).toBeVisible());

    // A customer, in a browser of their own.
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto(`/b/${DEMO_BOARD.slug}`);
    await visitor.getByRole('link', { name: 'Sign in' }).click();
    await visitor.getByRole('link', { name: 'Sign in with Northwind ID' }).click();

    // The provider's own sign-in page.
    await expect(visitor).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
    await visitor.locator('input[name="login"]').fill('iris');
    await visitor.locator('input[name="password"]').fill('whatever-the-provider-accepts');
    await visitor.getByRole('button', { name: 'Sign-in' }).click();

    // Back on the board, signed in as the provider's person.
    await expect(visitor).toHaveURL(new RegExp(`/b/${DEMO_BOARD.slug}$`));
    await expect(visitor.getByTestId('account-menu')).toContainText('Iris Northwind');
    const viewer = await visitor.request.post('/graphql', { data: { query: '{ viewer { email emailVerified } }' } });
    expect((await viewer.json()).data.viewer).toEqual({ email: 'iris@northwind.test', emailVerified: true });
    await context.close();

    // The admin's change is in the audit log: which settings changed; of the secret, only that it is new.
    await page.goto('/admin/audit?action=sso_settings.updated');
    const entry = page.getByTestId('audit-entries').locator('tbody tr').first();
    await expect(entry).toContainText('Changed single sign-on');
    await expect(entry.getByRole('link', { name: 'Single sign-on settings' })).toHaveAttribute('href', '/admin/sso');
    await expect(entry).toContainText(/Client secret: (not set|set) → new secret/);
    await expect(entry).toContainText(/Button text: .+ → Sign in with Northwind ID/);
    await expect(entry).not.toContainText(idp.clientSecret);
  });

  test('a failed round trip says so on the sign-in page', async ({ page }) => {
    await page.goto('/sso/oidc/callback?code=forged&state=forged');
    await expect(page).toHaveURL(/\/sign-in\?sso_error=SSO_FAILED$/);
    await expect(page.getByTestId('sso-error')).toContainText('Single sign-on did not work');
  });
});
