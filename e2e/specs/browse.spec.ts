import { DEMO_BOARD, expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { BoardPage } from '../pages/board.page';

test.describe('browsing a board with filters', () => {
  test('a visitor filters by status, searches, opens a tag, clears filters and goes back', async ({
    page,
    api,
  }, testInfo) => {
    const planned = await api.filteredIdeaTitles(DEMO_BOARD.slug, { status: 'planned' });
    const mobile = await api.filteredIdeaTitles(DEMO_BOARD.slug, { tag: 'mobile' });
    expect(planned).toEqual(expect.arrayContaining(['Offline mode on mobile', 'Faster search across all notebooks']));
    expect(mobile).toEqual(expect.arrayContaining(['Offline mode on mobile', 'Handwriting support with a stylus']));

    const board = new BoardPage(page);
    await board.goto(`/b/${DEMO_BOARD.slug}?sort=new`);
    const status = page.getByLabel('Status', { exact: true });
    const search = page.getByRole('searchbox', { name: 'Search ideas' });
    const total = page.getByTestId('idea-total');

    // Status: Planned.
    await status.selectOption({ label: 'Planned' });
    await expect(page).toHaveURL(/[?&]status=planned\b/);
    await expect(page).toHaveURL(/[?&]sort=new\b/);
    await expect(board.cards).toHaveCount(planned.length);
    expect(await board.cardTitles()).toEqual(planned);
    await expect(total).toHaveText(`${planned.length} ideas match`);

    // Back to all statuses, then search "export" (Enter submits at once).
    await status.selectOption({ label: 'All statuses' });
    await expect(page).not.toHaveURL(/status=/);
    await search.fill('export');
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=export\b/);
    await expect(board.card('Export notes to Markdown and PDF')).toBeVisible();
    await expect(board.card('Offline mode on mobile')).toHaveCount(0);

    // Clearing the search box (debounced) shows every idea again.
    await search.fill('');
    await expect(page).not.toHaveURL(/q=/);
    await expect(board.card('Offline mode on mobile')).toBeVisible();

    // A tag on a card filters by that tag.
    await board.card('Offline mode on mobile').getByRole('link', { name: 'mobile', exact: true }).click();
    await expect(page).toHaveURL(/[?&]tag=mobile\b/);
    await expect(page.getByTestId('tag-chip')).toContainText('Tag: mobile');
    await expect(board.cards).toHaveCount(mobile.length);
    expect(await board.cardTitles()).toEqual(mobile);

    await expectNoSeriousA11yViolations(page, testInfo, 'board-filtered');
    await screenshotWidths(page, testInfo, 'board-filtered', () => expect(board.cards).toHaveCount(mobile.length));
    await page.setViewportSize({ width: 1280, height: 800 });

    // Nothing matches: an empty state with a way out.
    await search.fill('zzqx-nothing-matches');
    await search.press('Enter');
    await expect(page.getByTestId('empty-state')).toContainText('No ideas match');
    await expect(total).toHaveText('0 ideas match');
    await expectNoSeriousA11yViolations(page, testInfo, 'board-no-match');
    await screenshotWidths(page, testInfo, 'board-no-match', () =>
      expect(page.getByTestId('empty-state')).toBeVisible(),
    );
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByTestId('empty-state').getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/b/${DEMO_BOARD.slug}\\?sort=new$`));
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    await expect(page.getByTestId('tag-chip')).toHaveCount(0);
    await expect(board.card('Dark mode for the editor')).toBeVisible();

    // Back restores the previous filter (tag + search), in the URL, the controls and the list.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]tag=mobile\b/);
    await expect(page).toHaveURL(/[?&]q=zzqx-nothing-matches\b/);
    await expect(search).toHaveValue('zzqx-nothing-matches');
    await expect(page.getByTestId('empty-state')).toContainText('No ideas match');
    await page.goBack();
    await expect(search).toHaveValue('');
    await expect(page.getByTestId('tag-chip')).toContainText('Tag: mobile');
    await expect(board.cards).toHaveCount(mobile.length);

    // The chip's × removes just the tag.
    await page.getByRole('button', { name: 'Remove tag filter mobile' }).click();
    await expect(page).not.toHaveURL(/tag=/);
    await expect(board.card('Dark mode for the editor')).toBeVisible();
  });

  test('a shared filtered link opens with its filters applied', async ({ page, api }) => {
    const planned = await api.filteredIdeaTitles(DEMO_BOARD.slug, { status: 'planned' });
    const board = new BoardPage(page);
    await board.goto(`/b/${DEMO_BOARD.slug}?status=planned&sort=new`);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('planned');
    await expect(board.cards).toHaveCount(planned.length);
  });
});
