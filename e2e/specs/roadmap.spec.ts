import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { RoadmapPage } from '../pages/roadmap.page';

test.describe('roadmap', () => {
  test('everyone sees a column per roadmap status, cards by votes, and no staff controls', async ({
    page,
    api,
  }, testInfo) => {
    const roadmap = new RoadmapPage(page);
    await page.goto(`/b/${DEMO_BOARD.slug}`);
    await page.getByRole('link', { name: /See the roadmap/ }).click();
    await expect(page).toHaveURL(`/b/${DEMO_BOARD.slug}/roadmap`);
    await expect(roadmap.heading).toHaveText('Roadmap');
    await expect(page).toHaveTitle(`Roadmap · ${DEMO_BOARD.name} · Chorus`);

    await expect(roadmap.columns.getByRole('heading', { level: 2 })).toHaveText([
      'Under review',
      'Planned',
      'In progress',
      'Done',
    ]);
    const planned = roadmap.column('Planned');
    const counts = (await planned.getByTestId('vote-count').allInnerTexts()).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const { totalCount } = await api.ideas(DEMO_BOARD.slug, 'TOP');
    expect(totalCount).toBeGreaterThan(0);
    await expect(page.getByTestId('move-menu-button')).toHaveCount(0);
    await expect(page.locator('[draggable="true"]')).toHaveCount(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'roadmap');
    await screenshotWidths(page, testInfo, 'roadmap', () => expect(roadmap.columns.first()).toBeVisible());
  });

  test('a product manager drags an idea to Planned with a note', async ({ page, apiAs }, testInfo) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Drag me to planned ${Date.now()}` });
    await pm.changeStatus(idea.id, 'under_review');

    await signInAs(page, 'pm');
    const roadmap = new RoadmapPage(page);
    await roadmap.goto(DEMO_BOARD.slug);
    const card = roadmap.card(idea.title, 'Under review');
    await expect(card).toBeVisible();

    // Drop near the column's top: other specs' ideas can make it taller than the screen.
    await card.dragTo(roadmap.column('Planned'), { targetPosition: { x: 40, y: 30 } });
    await expect(roadmap.dialog).toBeVisible();
    await expect(roadmap.dialog.getByRole('heading')).toHaveText('Move to Planned');
    await expect(roadmap.dialog.getByLabel('Public note (optional)')).toBeFocused();
    await roadmap.dialog.getByLabel('Public note (optional)').fill('Scheduled for the next release.');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'change-status-dialog');
    await roadmap.dialog.getByRole('button', { name: 'Move to Planned' }).click();

    await expect(roadmap.dialog).toBeHidden();
    await expect(roadmap.card(idea.title, 'Planned')).toBeVisible();
    await expect(roadmap.card(idea.title, 'Under review')).toHaveCount(0);

    const saved = await pm.idea(idea.id);
    expect(saved.status.key).toBe('planned');
    expect(saved.statusHistory.at(-1)).toMatchObject({
      from: { key: 'under_review' },
      to: { key: 'planned' },
      note: 'Scheduled for the next release.',
    });
    const columns = await pm.roadmap(DEMO_BOARD.slug);
    expect(columns.find((column) => column.key === 'planned')?.ideas.map((i) => i.id)).toContain(idea.id);

    await page.reload();
    await expect(roadmap.card(idea.title, 'Planned')).toBeVisible();
  });

  test('a product manager moves an idea with the keyboard "Move to…" menu', async ({ page, apiAs }) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Keyboard to planned ${Date.now()}` });
    await pm.changeStatus(idea.id, 'under_review');

    await signInAs(page, 'pm');
    const roadmap = new RoadmapPage(page);
    await roadmap.goto(DEMO_BOARD.slug);
    const menuButton = roadmap.card(idea.title, 'Under review').getByRole('button', { name: /^Move to…/ });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem')).toHaveText(['Planned', 'In progress', 'Done']);
    await expect(menu.getByRole('menuitem', { name: 'Planned' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(roadmap.dialog).toBeVisible();
    await expect(roadmap.dialog.getByLabel('Public note (optional)')).toBeFocused();
    await page.keyboard.type('Planned from the keyboard.');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Move to Planned
    await expect(roadmap.dialog.getByRole('button', { name: 'Move to Planned' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(roadmap.dialog).toBeHidden();
    const moved = roadmap.card(idea.title, 'Planned');
    await expect(moved).toBeVisible();
    await expect(moved.getByRole('button', { name: /^Move to…/ })).toBeFocused();

    const saved = await pm.idea(idea.id);
    expect(saved.statusHistory.at(-1)).toMatchObject({ to: { key: 'planned' }, note: 'Planned from the keyboard.' });
  });

  test('a member sees no staff controls or links', async ({ page }) => {
    await signInAs(page, 'member');
    const roadmap = new RoadmapPage(page);
    await roadmap.goto(DEMO_BOARD.slug);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmap' })).toBeVisible();
    await expect(page.getByTestId('roadmap-card').first()).toBeVisible();
    await expect(page.getByTestId('move-menu-button')).toHaveCount(0);
    await expect(page.locator('[draggable="true"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Triage' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  });
});
