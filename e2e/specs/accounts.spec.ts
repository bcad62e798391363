import { DEMO_ACCOUNTS, DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { IdeaPage } from '../pages/idea.page';
import { expectFitsAndScreenshot, expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

test.describe('accounts and voting', () => {
  test('a newcomer signs up, starts an idea, and votes for a similar one instead', async ({ page, api }) => {
    const target = (await api.ideas(DEMO_BOARD.slug, 'TOP')).ideas.find(
      (idea) => idea.title === 'Dark mode for the editor',
    )!;
    const account = newAccount('Rosa');

    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await page.getByRole('link', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
    await page.getByLabel('Your name').fill(account.displayName);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back on the board, signed in.
    await expect(page).toHaveURL(new RegExp(`/b/${DEMO_BOARD.slug}$`));
    await expect(page.getByTestId('account-menu')).toContainText(account.displayName);

    await page.getByRole('link', { name: 'New idea' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share an idea');
    await page.getByLabel('Title').fill('dark mod for editor');

    const suggestions = page.getByTestId('similar-idea');
    await expect(suggestions.first()).toBeVisible();
    const suggestion = suggestions.filter({ hasText: target.title });
    await suggestion.getByRole('button', { name: `Vote for “${target.title}” instead` }).click();

    await expect(page).toHaveURL(`/ideas/${target.id}`);
    const idea = new IdeaPage(page);
    await expect(idea.heading).toHaveText(target.title);
    await expect(idea.voteButton).toHaveAttribute('aria-pressed', 'true');
    await expect(idea.voteCount).toHaveText(String(target.voteCount + 1));
    expect((await new ApiClient(page.request).idea(target.id)).viewerHasVoted).toBe(true);
  });

  test('a signed-out vote leads through sign-in and is counted', async ({ page, api, apiAs }) => {
    const account = newAccount('Sam');
    const author = await apiAs(account, { signUp: true });
    const { id } = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Offline drafts ${account.email}` });
    const voter = newAccount('Visitor');
    await apiAs(voter, { signUp: true });
    const before = (await api.idea(id)).voteCount; // 1: the author's own vote

    const idea = new IdeaPage(page);
    await idea.goto(id);
    await expect(idea.voteButton).toHaveAttribute('aria-pressed', 'false');
    await idea.voteButton.click();

    await expect(page).toHaveURL(/\/sign-in\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('next')).toBe(`/ideas/${id}`);
    expect(url.searchParams.get('intent')).toBe('vote');
    await expect(page.getByText('Sign in to add your vote')).toBeVisible();

    // A wrong password first: a plain message, still on the page.
    await page.getByLabel('E-mail').fill(voter.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?/);

    await page.getByLabel('Password').fill(voter.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(`/ideas/${id}`);
    await expect(idea.voteButton).toHaveAttribute('aria-pressed', 'true');
    await expect(idea.voteCount).toHaveText(String(before + 1));
    await expect.poll(async () => (await api.idea(id)).voteCount).toBe(before + 1);
    await page.reload();
    await expect(idea.voteCount).toHaveText(String(before + 1));
  });

  test('sign-up shows the API’s field errors next to the fields', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Kim');
    await page.getByLabel('E-mail').fill(DEMO_ACCOUNTS.member.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    const password = page.getByLabel('Password');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/Use at least 8 characters\./);
    await expect(password).toBeFocused();

    await password.fill('long-enough-now');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription(/already exists/);
  });

  test('the account menu opens from the keyboard, shows the role, and signs out', async ({ page }) => {
    await new ApiClient(page.request).signIn(DEMO_ACCOUNTS.pm);
    await page.goto('/');
    const trigger = page.getByTestId('account-menu');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(trigger.getByTestId('role-badge')).toHaveText('Product manager');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Triage', exact: true })).toBeVisible();

    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: 'Your profile' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Notification settings' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'API tokens' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(trigger).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await menu.getByRole('menuitem', { name: 'Sign out' }).press('Enter');
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    // The staff links follow the session at once, without a reload.
    await expect(nav.getByRole('link', { name: 'Triage', exact: true })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Roadmap', exact: true })).toBeVisible();
    expect(await new ApiClient(page.request).graphql<{ viewer: null }>('{ viewer { id } }')).toEqual({ viewer: null });
  });

  test('the sign-in page is accessible and fits small screens', async ({ page }, testInfo) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/sign-in?next=/&intent=vote');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
      await expectNoSeriousA11yViolations(page, testInfo, `sign-in-${colorScheme}`);
    }
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/sign-up');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
      await expectFitsAndScreenshot(page, testInfo, `sign-up-${width}`);
    }
  });
});

test('an admin’s header holds every nav link and the account menu at 1280 and 360 px', async ({ page }, testInfo) => {
  await signInAs(page, 'admin');
  await page.goto(`/b/${DEMO_BOARD.slug}`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = ['Ideas', 'Roadmap', 'Triage', 'Admin'].map((name) => nav.getByRole('link', { name, exact: true }));
  await screenshotWidths(page, testInfo, 'header', async () => {
    await expect(page.getByTestId('account-menu')).toBeVisible();
    for (const link of links) await expect(link).toBeInViewport({ ratio: 1 });
  });
});
