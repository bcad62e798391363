import type { Page, TestInfo } from '@playwright/test';
import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

/** Screenshots at 1280 and 360 px in the light and the dark scheme, then back to light at 1280. */
async function screenshotSchemes(page: Page, testInfo: TestInfo, name: string, ready: () => Promise<void>) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await screenshotWidths(page, testInfo, `${name}-${colorScheme}`, ready);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('analytics', () => {
  test('a product manager reads the board analytics, as charts and as tables, and downloads the CSV', async ({
    page,
  }, testInfo) => {
    await signInAs(page, 'pm');
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    // Staff find it in the board's header.
    await page.getByRole('main').getByRole('link', { name: 'Analytics' }).click();
    await expect(page).toHaveURL(`/b/${DEMO_BOARD.slug}/analytics`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analytics');
    await expect(page).toHaveTitle(`Analytics · ${DEMO_BOARD.name} · Chorus`);

    // The demo history spans months: the 90-day preset has activity, and the period is in the URL.
    await page.getByRole('navigation', { name: 'Period' }).getByRole('link', { name: 'Last 90 days' }).click();
    await expect(page).toHaveURL(/[?&]range=90d/);
    const weekly = page.getByRole('img', { name: /^Ideas, votes and comments per week\./ });
    await expect(weekly).toBeVisible();
    await expect(weekly).toHaveAttribute('aria-label', /Votes: [\d,]+ in total/);
    await expect(page.getByRole('img', { name: /^How far this period’s ideas got\./ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Active, new and returning members\./ })).toBeVisible();
    await expect(page.getByTestId('kpi-tiles')).toContainText('Votes cast');
    await expect(page.getByTestId('most-wanted').getByRole('link').first()).toBeVisible();

    // The table alternative of the weekly chart: one row per week.
    const figure = page.getByRole('figure', { name: 'Ideas, votes and comments per week' });
    await figure.getByText('Show as table').click();
    const table = figure.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Week of', 'Ideas', 'Votes', 'Comments']);
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(13);

    // The CSV link has the same period and works with the signed-in session.
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/analytics/${DEMO_BOARD.slug}\\.csv\\?from=.+&to=.+`));
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('figure,label,value');
    expect(lines.filter((line) => line.startsWith('votes_per_week,'))).toHaveLength(
      (await table.getByRole('row').count()) - 1,
    );

    await expectNoSeriousA11yViolations(page, testInfo, 'analytics');
    await screenshotSchemes(page, testInfo, 'analytics', () => expect(weekly).toBeVisible());

    // A custom period with the end before the start is explained on the field.
    await page.getByRole('button', { name: 'Custom' }).click();
    await page.getByLabel('From').fill('2026-03-10');
    await page.getByLabel('To (included)').fill('2026-03-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
    await expect(page.getByLabel('To (included)')).toBeFocused();
  });

  test('members cannot open the analytics', async ({ page }) => {
    await signInAs(page, 'member');
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await expect(page.getByRole('link', { name: 'See the roadmap' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Analytics' })).toHaveCount(0);
    await page.goto(`/b/${DEMO_BOARD.slug}/analytics`);
    await expect(page.getByTestId('access-denied')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have access');
  });

  test('a product manager adds an internal note that members never see', async ({ page, browser, apiAs }, testInfo) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Notes idea ${Date.now()}`, body: 'Hi' });
    const text = `Customer call on ${Date.now()}: wants this for the **Q3** rollout`;

    await signInAs(page, 'pm');
    await page.goto(`/ideas/${idea.id}`);
    const notes = page.getByRole('region', { name: 'Internal notes' });
    await expect(notes).toContainText('Only staff can see this');
    await expect(notes).toContainText('No notes yet');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByText('Write something first.')).toBeVisible();
    await notes.getByRole('textbox', { name: 'Add an internal note' }).fill(text);
    await notes.getByRole('button', { name: 'Add note' }).click();
    const note = notes.getByRole('listitem').filter({ hasText: 'Customer call on' });
    await expect(note).toContainText('Sam Okafor (Product)');
    await expect(note.locator('strong', { hasText: 'Q3' })).toBeVisible(); // Markdown rendered by the API
    await expect(notes.getByRole('textbox', { name: 'Add an internal note' })).toHaveValue('');
    await expectNoSeriousA11yViolations(page, testInfo, 'idea-internal-notes');

    const memberContext = await browser.newContext();
    try {
      const memberPage = await memberContext.newPage();
      await signInAs(memberPage, 'member');
      await memberPage.goto(`/ideas/${idea.id}`);
      await expect(memberPage.getByRole('heading', { level: 1 })).toHaveText(idea.title);
      await expect(memberPage.getByTestId('internal-notes')).toHaveCount(0);
      await expect(memberPage.getByText('Customer call on')).toHaveCount(0);
    } finally {
      await memberContext.close();
    }
    const member = await apiAs('member');
    const seen = await member.graphql<{ idea: { internalNotes: unknown } }>(
      `query ($id: ID!) { idea(id: $id) { internalNotes { id } } }`,
      { id: idea.id },
    );
    expect(seen.idea.internalNotes).toBeNull();
  });

  test('an admin finds a status change in the audit log by filtering on the action', async ({
    page,
    apiAs,
  }, testInfo) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Audited idea ${Date.now()}`, body: '' });
    await pm.changeStatus(idea.id, 'planned', 'On the list');

    await signInAs(page, 'admin');
    await page.goto('/admin/boards');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page).toHaveURL('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');

    await page.getByLabel('Action').selectOption({ label: 'Changed the status' });
    await expect(page).toHaveURL(/action=idea\.status_changed/);
    const rows = page.getByTestId('audit-entries').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    await expect(
      page.getByTestId('audit-entries').locator('tbody tr:not([data-action="idea.status_changed"])'),
    ).toHaveCount(0);
    const row = rows.filter({ hasText: idea.title });
    await expect(row).toContainText('Sam Okafor (Product)');
    await expect(row).toContainText('Status: open → planned');
    await expect(row.getByRole('link', { name: idea.title })).toHaveAttribute('href', `/ideas/${idea.id}`);

    // The filter survives a reload (it is in the URL) and can be cleared.
    await page.reload();
    await expect(page.getByLabel('Action')).toHaveValue('idea.status_changed');
    await expectNoSeriousA11yViolations(page, testInfo, 'audit');
    await screenshotSchemes(page, testInfo, 'audit', () => expect(row).toBeVisible());
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL('/admin/audit');
  });
});
