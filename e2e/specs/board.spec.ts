import AxeBuilder from '@axe-core/playwright';
import { DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { BoardPage } from '../pages/board.page';
import { IdeaPage } from '../pages/idea.page';

test.describe('board', () => {
  test('the home page shows the demo board and its ideas', async ({ page, api }) => {
    const { totalCount } = await api.ideas(DEMO_BOARD.slug, 'TRENDING');
    expect(totalCount).toBeGreaterThanOrEqual(12);

    const board = new BoardPage(page);
    await board.goto('/');

    await expect(board.heading).toHaveText(DEMO_BOARD.name);
    await expect(page).toHaveTitle(`${DEMO_BOARD.name} · Chorus`);
    await expect(board.cards).toHaveCount(Math.min(totalCount, 20));
    await expect(board.card('Dark mode for the editor')).toBeVisible();
    await expect(board.card('Dark mode for the editor').getByTestId('status-badge')).toHaveText(/In progress/);
    await expect(page.getByTestId('idea-total')).toHaveText(`${totalCount} ideas`);
    await expect(board.sortLink('Trending')).toHaveAttribute('aria-current', 'page');
  });

  test('the Top tab orders ideas by votes and keeps the order in the URL', async ({ page, api }) => {
    const top = (await api.ideas(DEMO_BOARD.slug, 'TOP')).ideas;
    const board = new BoardPage(page);
    await board.goto(`/b/${DEMO_BOARD.slug}`);

    await board.sortLink('Top').click();

    await expect(page).toHaveURL(/[?&]sort=top\b/);
    await expect(board.sortLink('Top')).toHaveAttribute('aria-current', 'page');
    await expect(board.sortLink('Trending')).not.toHaveAttribute('aria-current', 'page');
    await expect(board.cards.first().getByRole('heading')).toHaveText(top[0]!.title);
    const counts = await board.voteCounts();
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts).toEqual(top.slice(0, counts.length).map((idea) => idea.voteCount));

    // The order survives a reload and back/forward, because it lives in the URL.
    await page.reload();
    await expect(board.sortLink('Top')).toHaveAttribute('aria-current', 'page');
    await expect(board.cards.first().getByRole('heading')).toHaveText(top[0]!.title);
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(board.sortLink('Trending')).toHaveAttribute('aria-current', 'page');
  });

  test('an idea opens from its card', async ({ page }) => {
    const board = new BoardPage(page);
    await board.goto('/');

    await board.card('Dark mode for the editor').getByRole('link', { name: 'Dark mode for the editor' }).click();

    await expect(page).toHaveURL(/\/ideas\/[^/]+$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Dark mode for the editor');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Dark mode for the editor · Chorus');
    // The first badge is the idea's own; the status history repeats statuses below it.
    await expect(page.getByTestId('status-badge').first()).toHaveText(/In progress/);
    await expect(page.getByTestId('vote-count')).toHaveText(/^\d+$/);
    await expect(page.getByText('Writing late at night is painful')).toBeVisible();

    await page.getByRole('link', { name: 'All ideas' }).click();
    await expect(board.heading).toHaveText(DEMO_BOARD.name);
  });

  test('back from an idea after voting, the board shows at once where the reader left it, with the vote', async ({
    page,
  }) => {
    await new ApiClient(page.request).signUp(newAccount('Reader'));
    await page.setViewportSize({ width: 1280, height: 800 });
    const board = new BoardPage(page);
    await board.goto(`/b/${DEMO_BOARD.slug}?sort=new`);
    const card = board.cards.nth(8);
    const title = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
    await card.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(200);

    await card.getByRole('link', { name: title, exact: true }).click();
    const idea = new IdeaPage(page);
    await expect(idea.heading).toHaveText(title);
    const before = Number(await idea.voteCount.textContent());
    const saved = page.waitForResponse((response) => (response.request().postData() ?? '').includes('CastVote'));
    await idea.voteButton.click();
    await saved;
    await expect(idea.voteCount).toHaveText(String(before + 1));

    // Count the skeletons the board shows on the way back: the vote marked its list stale, not gone.
    await page.evaluate(() => {
      const seen = window as unknown as { skeletonsSeen: number };
      seen.skeletonsSeen = 0;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="idea-card-skeleton"]')) seen.skeletonsSeen += 1;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('link', { name: 'All ideas' }).click();

    await expect(board.heading).toHaveText(DEMO_BOARD.name);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    const voted = board.card(title);
    await expect(voted.getByTestId('vote-count')).toHaveText(String(before + 1));
    await expect(voted.getByRole('button', { name: /^Upvote/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as unknown as { skeletonsSeen: number }).skeletonsSeen)).toBe(0);
  });

  test('unknown addresses, boards and ideas say they are not found', async ({ page }) => {
    const heading = page.getByRole('heading', { level: 1 });
    await page.goto('/no/such/page');
    await expect(heading).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Chorus');

    await page.goto('/b/no-such-board');
    await expect(heading).toHaveText('Board not found');
    await expect(page.getByTestId('idea-card')).toHaveCount(0);

    await page.goto('/ideas/00000000-0000-0000-0000-000000000000');
    await expect(heading).toHaveText('Idea not found');
  });
});

test.describe('board accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violations (${colorScheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await new BoardPage(page).goto(`/b/${DEMO_BOARD.slug}`);

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      await testInfo.attach(`axe-${colorScheme}.json`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(blocking).toEqual([]);
    });
  }

  for (const width of [1280, 360] as const) {
    test(`fits a ${width}px wide screen without sideways scrolling`, async ({ page, api }, testInfo) => {
      // Other specs may have added ideas to the shared database by now.
      const { totalCount } = await api.ideas(DEMO_BOARD.slug, 'TRENDING');
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const board = new BoardPage(page);
      await board.goto(`/b/${DEMO_BOARD.slug}`);
      await expect(board.cards).toHaveCount(Math.min(totalCount, 20));

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);

      const path = testInfo.outputPath(`board-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`board-${width}`, { path, contentType: 'image/png' });
    });
  }
});
