import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

test.describe('admin', () => {
  test('an admin creates a board, with field errors inline', async ({ page, apiAs }, testInfo) => {
    const admin = await apiAs('admin');
    const slug = `mobile-${Date.now()}`;
    await signInAs(page, 'admin');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await expect(page).toHaveURL('/admin/boards');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boards');
    await expect(page).toHaveTitle('Boards · Admin · Chorus');
    await expect(
      page.getByTestId('board-rows').getByRole('link', { name: DEMO_BOARD.name, exact: true }),
    ).toBeVisible();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'admin-boards');
    await screenshotWidths(page, testInfo, 'admin-boards', () => expect(page.getByTestId('board-rows')).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    const form = page.getByRole('region', { name: 'New board' });
    await form.getByLabel('Name').fill('Mobile app');
    await expect(form.getByLabel('Slug')).toHaveValue('mobile-app');
    await form.getByLabel('Slug').fill('Not A Slug!');
    await form.getByRole('button', { name: 'Create board' }).click();
    await expect(form.getByTestId('field-error')).toHaveText(/Slug uses lower-case words/);
    await expect(form.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel('Slug').fill(slug);
    await form.getByLabel('Description').fill('Ideas for the **mobile** app.');
    await form.getByLabel('Private board').check();
    await form.getByRole('button', { name: 'Create board' }).click();
    const row = page.locator(`[data-board="${slug}"]`);
    await expect(row.getByRole('link', { name: 'Mobile app', exact: true })).toBeVisible();
    await expect(row.getByText('Private')).toBeVisible();
    await expect(form.getByLabel('Name')).toHaveValue('');

    expect(await admin.board(slug)).toMatchObject({ slug, name: 'Mobile app', isPrivate: true });

    // Edit it.
    await row.getByRole('button', { name: 'Edit Mobile app' }).click();
    await row.getByLabel('Name').fill('Mobile apps');
    await row.getByRole('button', { name: 'Save changes' }).click();
    await expect(row.getByRole('link', { name: 'Mobile apps', exact: true })).toBeVisible();
    expect(await admin.board(slug)).toMatchObject({ name: 'Mobile apps' });
  });

  test('an admin adds a status and reorders it', async ({ page, apiAs }, testInfo) => {
    const admin = await apiAs('admin');
    await signInAs(page, 'admin');
    await page.goto('/admin/boards');
    await page.getByRole('link', { name: `Statuses of ${DEMO_BOARD.name}` }).click();
    await expect(page).toHaveURL(`/admin/boards/${DEMO_BOARD.slug}/statuses`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statuses');
    const rows = page.getByTestId('status-rows').locator('li');
    await expect(rows).toHaveCount(6);
    await expect(rows.first()).toContainText('open');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'admin-statuses');
    await screenshotWidths(page, testInfo, 'admin-statuses', () => expect(rows.first()).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    const form = page.getByRole('region', { name: 'New status' });
    await form.getByLabel('Key').fill('Needs Info');
    await form.getByLabel('Name').fill('Needs info');
    await form.getByLabel('Colour').fill('#0e7490');
    await form.getByRole('button', { name: 'Add status' }).click();
    await expect(form.getByTestId('field-error')).toHaveText(/Key starts with a-z/);

    await form.getByLabel('Key').fill('needs_info');
    await form.getByRole('button', { name: 'Add status' }).click();
    await expect(rows).toHaveCount(7);
    await expect(rows.last()).toContainText('Needs info');
    await expect(rows.last()).toContainText('needs_info');

    await page.getByRole('button', { name: 'Move Needs info up' }).click();
    await expect(rows.nth(5)).toContainText('needs_info');
    await expect(page.getByRole('button', { name: 'Move Needs info up' })).toBeFocused();

    const board = await admin.board(DEMO_BOARD.slug);
    const keys = [...board!.statuses].sort((a, b) => a.position - b.position).map((s) => s.key);
    expect(keys.at(-2)).toBe('needs_info');
    expect(board!.statuses.find((s) => s.key === 'needs_info')).toMatchObject({ name: 'Needs info', color: '#0e7490' });

    // Edit: put it on the roadmap.
    const row = page.locator('[data-status-key="needs_info"]');
    await row.getByRole('button', { name: 'Edit Needs info' }).click();
    await row.getByLabel('On the roadmap').check();
    await row.getByRole('button', { name: 'Save status' }).click();
    await expect(row.getByText('On the roadmap')).toBeVisible();
    expect((await admin.board(DEMO_BOARD.slug))!.statuses.find((s) => s.key === 'needs_info')?.showOnRoadmap).toBe(
      true,
    );
    // Leave the demo board's roadmap as it was for other specs.
    await row.getByRole('button', { name: 'Edit Needs info' }).click();
    await row.getByLabel('On the roadmap').uncheck();
    await row.getByRole('button', { name: 'Save status' }).click();
    await expect(row.getByText('On the roadmap')).toHaveCount(0);
  });

  for (const who of ['member', 'pm', 'visitor'] as const) {
    test(`${who === 'visitor' ? 'a visitor' : `a ${who}`} gets the no-access state on admin pages`, async ({
      page,
    }) => {
      if (who !== 'visitor') await signInAs(page, who);
      for (const path of ['/admin/boards', `/admin/boards/${DEMO_BOARD.slug}/statuses`]) {
        await page.goto(path);
        await expect(page.getByTestId('access-denied')).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have access');
        await expect(page.getByRole('button', { name: /Create board|Add status/ })).toHaveCount(0);
      }
      await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
    });
  }
});
