import { DEMO_BOARD, expect, newAccount, test, type Account } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import type { Page } from '@playwright/test';

/** Resolves when the browser's next GraphQL operation named `name` has been answered. */
function answered(page: Page, name: string) {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(`"${name}"`),
  );
}

/** A fresh member signed in in the browser (a clean count), and an idea by someone else. */
async function setUp(page: Page, apiAs: (account: Account, options: { signUp: boolean }) => Promise<ApiClient>) {
  const account = newAccount('Follower');
  await apiAs(account, { signUp: true });
  const author = await apiAs(newAccount('Author'), { signUp: true });
  const idea = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Offline mode ${account.email}` });
  const browserApi = new ApiClient(page.request);
  await browserApi.signIn(account);
  return { idea, browserApi };
}

test.describe('notifications', () => {
  test('a follower hears about a status change live, opens it from the bell and the count drops', async ({
    page,
    apiAs,
  }, testInfo) => {
    const { idea } = await setUp(page, apiAs);
    const pm = await apiAs('pm');

    await page.goto(`/ideas/${idea.id}`);
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName('Notifications');
    const follow = page.getByRole('button', { name: 'Follow', exact: true });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    const followed = answered(page, 'FollowIdea');
    await follow.click();
    await followed;
    await expect(page.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // The idea's update feed is offered to feed readers.
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `/feeds/ideas/${idea.id}.atom`,
    );

    // The PM moves it on through the API: the bell counts it without a reload.
    // (Declined: off the roadmap, so the ideas this spec makes never crowd the roadmap spec's columns.)
    await pm.changeStatus(idea.id, 'declined', 'Not this year: we are focusing on sync.');
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
    await expect(page.getByTestId('notification-count')).toHaveText('1');
    await expect(page.getByRole('status').filter({ hasText: 'New notification' })).toContainText('is now Declined');

    await page.goto('/');
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await expect(panel).toBeFocused();
    const item = panel.getByTestId('notification').filter({ hasText: 'is now Declined' });
    await expect(item).toContainText('Unread:');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await screenshotWidths(page, testInfo, 'bell-open', () => expect(item).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    // Escape closes it and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(bell).toBeFocused();
    await bell.click();
    await item.click();
    await expect(page).toHaveURL(`/ideas/${idea.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title);
    await expect(bell).toHaveAccessibleName('Notifications');
    await expect(page.getByTestId('notification-count')).toHaveCount(0);

    // The server agrees: still read after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title);
    await expect(bell).toHaveAccessibleName('Notifications');
  });

  test('the notifications page lists, filters and marks read', async ({ page, apiAs }, testInfo) => {
    const { idea, browserApi } = await setUp(page, apiAs);
    const pm = await apiAs('pm');
    await browserApi.castVote(idea.id); // voting follows the idea
    await pm.changeStatus(idea.id, 'under_review');
    await pm.changeStatus(idea.id, 'declined');

    await page.goto('/notifications');
    await expect(page).toHaveTitle('Notifications · Chorus');
    const items = page.getByTestId('notification-item');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('is now Declined');
    await expect(page.getByTestId('unread-summary')).toContainText('2 unread');
    await expectNoSeriousA11yViolations(page, testInfo, 'notifications');
    await screenshotWidths(page, testInfo, 'notifications', () => expect(items).toHaveCount(2));
    await page.setViewportSize({ width: 1280, height: 800 });

    await items
      .nth(1)
      .getByRole('button', { name: /^Mark read/ })
      .click();
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName('Notifications, 1 unread');
    await expect(items.nth(1).getByRole('link')).toBeFocused();

    await page.getByRole('link', { name: 'Unread', exact: true }).click();
    await expect(page).toHaveURL(/filter=unread/);
    await expect(items).toHaveCount(1);
    await page.getByTestId('page-mark-all-read').click();
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName('Notifications');
    await expect(page.getByText('You’re all caught up')).toBeVisible();
  });

  test('a member follows the board, and e-mail settings save', async ({ page, apiAs }, testInfo) => {
    await setUp(page, apiAs);
    // Following a board sticks.
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    const followed = answered(page, 'FollowBoard');
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await followed;
    await expect(page.getByRole('button', { name: 'Following', exact: true })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Notification settings' }).click();
    await expect(page).toHaveURL('/settings/notifications');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notification settings');
    await expect(page.getByRole('radio', { name: /^Immediately/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page, testInfo, 'notification-settings');

    await page.getByRole('radio', { name: /^Daily digest/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('settings-saved')).toHaveText('Saved. Chorus will send you one e-mail a day.');
    await page.reload();
    await expect(page.getByRole('radio', { name: /^Daily digest/ })).toBeChecked();
    await screenshotWidths(page, testInfo, 'notification-settings', () =>
      expect(page.getByRole('radio', { name: /^Daily digest/ })).toBeChecked(),
    );
  });

  test('the board offers its feeds and can be followed; visitors are asked to sign in for pages that need it', async ({
    page,
    request,
  }) => {
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    const alternates = page.locator('head link[rel="alternate"]');
    await expect(alternates).toHaveCount(4);
    const feeds = page.getByTestId('board-feeds');
    const atom = feeds.getByRole('link', { name: 'Latest ideas feed, Atom' });
    const href = await atom.getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    // The feed links back to the board at the address the app routes.
    expect(await response.text()).toContain(`/b/${DEMO_BOARD.slug}`);

    // Leaving the board takes its feed links out of the head.
    await page.getByRole('link', { name: /See the roadmap/ }).click();
    await expect(alternates).toHaveCount(0);

    // A visitor's Follow leads to sign-in; the notifications pages need an account.
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=\/b\/feedback$/);
    await page.goto('/settings/notifications');
    await expect(page).toHaveURL(/\/sign-in\?next=\/settings\/notifications$/);
  });
});
