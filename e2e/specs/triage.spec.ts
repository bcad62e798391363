import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

test.describe('triage', () => {
  test('a product manager reviews new ideas oldest first and declines one with a note', async ({
    page,
    apiAs,
  }, testInfo) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({
      boardSlug: DEMO_BOARD.slug,
      title: `Triage me ${Date.now()}`,
      body: 'Please look at this.',
    });

    await signInAs(page, 'pm');
    // From the board, the header's Triage link points at that board.
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }).click();
    await expect(page).toHaveURL(`/b/${DEMO_BOARD.slug}/triage`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Triage');
    await expect(page).toHaveTitle(`Triage · ${DEMO_BOARD.name} · Chorus`);

    const items = page.getByTestId('triage-item');
    await expect(items.first()).toBeVisible();
    const times = await items.locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
    expect(times).toEqual([...times].sort());
    // The newest idea comes last: show more pages until it is there.
    const item = items.filter({ hasText: idea.title });
    const more = page.getByRole('button', { name: 'Show more' });
    while (!(await item.isVisible()) && (await more.isVisible())) {
      const before = await items.count();
      await more.click();
      await expect(items).not.toHaveCount(before);
    }
    await expect(item).toBeVisible();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'triage');
    await screenshotWidths(page, testInfo, 'triage', () => expect(items.first()).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    await item.getByRole('button', { name: 'Declined' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText('Move to Declined');
    await dialog.getByLabel('Public note (optional)').fill('Out of scope for now.');
    await dialog.getByRole('button', { name: 'Move to Declined' }).click();
    await expect(dialog).toBeHidden();
    await expect(items.filter({ hasText: idea.title })).toHaveCount(0);

    const saved = await pm.idea(idea.id);
    expect(saved.statusHistory.at(-1)).toMatchObject({ to: { key: 'declined' }, note: 'Out of scope for now.' });
  });

  test('members get the no-access state', async ({ page }) => {
    await signInAs(page, 'member');
    await page.goto(`/b/${DEMO_BOARD.slug}/triage`);
    await expect(page.getByTestId('access-denied')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have access');
    await expect(page.getByTestId('triage-item')).toHaveCount(0);
  });
});
