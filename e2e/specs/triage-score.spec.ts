import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

const SET_PRIORITY = `mutation E2ESetPriority($input: SetIdeaPriorityInput!) { setIdeaPriority(input: $input) { id } }`;

test.describe('triage by score', () => {
  test('a product manager estimates an idea and sorts the triage queue by RICE score: highest first, unscored last', async ({
    page,
    apiAs,
  }, testInfo) => {
    const pm = await apiAs('pm');
    const tag = Date.now();
    const modest = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Modest score ${tag}` });
    const top = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Top score ${tag}` });
    // One backer each (the author): RICE = 1 × impact × confidence ÷ effort.
    await pm.graphql(SET_PRIORITY, { input: { ideaId: top.id, impact: 3, confidence: 100, effort: 0.1 } }); // 30

    await signInAs(page, 'pm');
    // The other is estimated on its page: 1 × 2 × 100% ÷ 0.1 = 20.
    await page.goto(`/ideas/${modest.id}`);
    const panel = page.getByTestId('idea-priority');
    await expect(panel.getByTestId('priority-score')).toHaveText('Not scored');
    await panel.getByLabel('Impact').selectOption({ label: 'High (2)' });
    await panel.getByLabel('Confidence (%)').fill('100');
    await panel.getByLabel('Effort (person-months)').fill('0.1');
    await panel.getByRole('button', { name: 'Save estimates' }).click();
    await expect(panel.getByTestId('priority-score')).toHaveText('20');
    await expect(page.getByRole('status').filter({ hasText: 'Estimates saved' })).toContainText('score 20');

    await page.goto(`/b/${DEMO_BOARD.slug}/triage`);
    const items = page.getByTestId('triage-item');
    await expect(items.first()).toBeVisible();
    await page.getByLabel('Highest score first').check();
    await expect(page).toHaveURL(`/b/${DEMO_BOARD.slug}/triage?sort=score`);
    await expect(items.nth(0)).toContainText(top.title);
    await expect(items.nth(0).getByTestId('triage-score')).toHaveText('Score 30');
    await expect(items.nth(1)).toContainText(modest.title);
    await expect(items.nth(1).getByTestId('triage-score')).toHaveText('Score 20');
    await expect(items.nth(2).getByTestId('triage-score')).toHaveText('Not scored');

    // The order survives a reload (it is in the address) and goes back with one choice.
    await page.reload();
    await expect(items.nth(0)).toContainText(top.title);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'triage-score');
    await screenshotWidths(page, testInfo, 'triage-score', () => expect(items.first()).toBeVisible());
    await page.getByLabel('Oldest first').check();
    await expect(page).toHaveURL(`/b/${DEMO_BOARD.slug}/triage`);
    await expect(items.nth(0)).not.toContainText(top.title);
  });
});
