import { DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { linkIn, waitForMail } from '../fixtures/mailbox';
import { IdeaPage } from '../pages/idea.page';

test.describe('votes on behalf (real mail through an SMTP sink)', () => {
  test('staff record a vote for a new customer from a call; it counts, shows to staff, and the customer takes the account over', async ({
    page,
    apiAs,
  }, testInfo) => {
    const author = await apiAs(newAccount('Author'), { signUp: true });
    const customer = newAccount('Carla Customer');
    const idea = await author.submitIdea({
      boardSlug: DEMO_BOARD.slug,
      title: `Offline sync ${customer.email.slice(-20)}`,
    });

    await signInAs(page, 'pm');
    const ideaPage = new IdeaPage(page);
    await ideaPage.goto(idea.id);
    await expect(ideaPage.voteCount).toHaveText('1');
    const panel = page.getByTestId('votes-on-behalf');
    await expect(panel).toContainText('No votes recorded for customers yet.');
    await panel.getByLabel('Customer’s e-mail').fill(customer.email);
    await panel.getByLabel('Name (for a new account)').fill(customer.displayName);
    await panel.getByLabel('Where they asked').selectOption('CALL');
    await panel.getByLabel('How much it matters to them').selectOption('MUST_HAVE');
    await panel.getByLabel('What they said').fill('Our field team loses data without it.');
    await panel.getByRole('button', { name: 'Record the vote' }).click();

    const recorded = panel.getByTestId('vote-on-behalf');
    await expect(recorded).toContainText(`${customer.displayName} · Call · Must have`);
    await expect(recorded).toContainText('Our field team loses data without it.');
    await expect(ideaPage.voteCount).toHaveText('2');
    await expectNoSeriousA11yViolations(page, testInfo, 'votes-on-behalf');
    await screenshotWidths(page, testInfo, 'votes-on-behalf', () => expect(recorded).toBeVisible());

    // Members never see who asked or what they said.
    await page.context().clearCookies();
    await ideaPage.goto(idea.id);
    await expect(ideaPage.voteCount).toHaveText('2');
    await expect(page.getByTestId('votes-on-behalf')).toHaveCount(0);

    // The customer is told, and takes the account over by choosing a password.
    const mail = await waitForMail(customer.email, 'Your vote for');
    expect(mail.text).toContain('recorded your vote');
    await page.goto(linkIn(mail, '/reset-password'));
    await page.getByLabel('New password', { exact: true }).fill(customer.password);
    await page.getByLabel('New password again').fill(customer.password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
    await page.getByLabel('E-mail').fill(customer.email);
    await page.getByLabel('Password').fill(customer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await ideaPage.goto(idea.id);
    await expect(ideaPage.voteButton).toHaveAttribute('aria-pressed', 'true');
  });
});
