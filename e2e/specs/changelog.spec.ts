import { DEMO_BOARD, expect, newAccount, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { linkIn, mailTo, waitForMail } from '../fixtures/mailbox';

test.describe('changelog (real mail through an SMTP sink)', () => {
  test('a product manager publishes release notes; the backer of a linked idea gets one mail and the idea is done', async ({
    page,
    apiAs,
  }, testInfo) => {
    // A customer who confirmed their address backs an idea someone else proposed.
    const backer = newAccount('Bea Backer');
    const backerApi = await apiAs(backer, { signUp: true });
    await page.goto(linkIn(await waitForMail(backer.email, 'Confirm your e-mail address'), '/verify-email'));
    await expect(page.getByTestId('verify-done')).toBeVisible();
    const author = await apiAs(newAccount('Author'), { signUp: true });
    const tag = backer.email.split('@')[0]!.slice(-8);
    const idea = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: `Calendar sync ${tag}` });
    await backerApi.castVote(idea.id);

    await page.context().clearCookies();
    await signInAs(page, 'pm');
    await page.goto('/changelog');
    await page.getByRole('link', { name: 'Write release notes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release notes');
    const title = `Release ${tag}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Notes', { exact: true }).fill('Your calendar now **syncs** both ways.');
    await page.getByLabel('Find an idea by its title').fill(idea.title);
    // The board picker shows once other specs have added boards; the idea is on the demo board.
    const boardPicker = page.getByRole('combobox', { name: /^Board/ });
    if ((await boardPicker.count()) > 0) await boardPicker.selectOption({ label: DEMO_BOARD.name });
    await page.getByRole('button', { name: `Add “${idea.title}”` }).click();
    await expect(page.getByTestId('linked-ideas')).toContainText(idea.title);
    await page.getByRole('button', { name: 'Save as draft' }).click();

    const draft = page.getByTestId('draft').filter({ hasText: title });
    await expect(draft).toContainText('Draft');
    await expect(draft.getByRole('link', { name: idea.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, testInfo, 'changelog-manage');
    await draft.getByLabel('Move its ideas to Done').check();
    await draft.getByRole('button', { name: `Publish “${title}”` }).click();
    await expect(draft).toHaveCount(0);

    // The backer hears once, by mail, with a link to the notes and today's unsubscribe link.
    const mail = await waitForMail(backer.email, 'Shipped:');
    expect(mail.subject).toContain(idea.title);
    expect(mail.subject).toContain(title);
    expect(mail.text).toContain('Your calendar now **syncs** both ways.');
    expect(mail.text).toMatch(/\/unsubscribe\?token=/);
    const entryLink = mail.text.match(/https?:\/\/\S+\/changelog\/[0-9a-f-]{36}/)?.[0];
    expect(entryLink).toBeTruthy();
    expect((await backerApi.idea(idea.id)).status.key).toBe('done');

    // Anyone reads it: the mailed link, then the changelog with its feed.
    await page.context().clearCookies();
    await page.goto(new URL(entryLink!).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.prose strong')).toHaveText('syncs');
    await page.getByRole('link', { name: '← All release notes' }).click();
    const entry = page.getByTestId('changelog-entry').filter({ hasText: title });
    await expect(entry.getByRole('link', { name: idea.title })).toHaveAttribute('href', `/ideas/${idea.id}`);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feeds/changelog.atom',
    );
    await expectNoSeriousA11yViolations(page, testInfo, 'changelog');
    await screenshotWidths(page, testInfo, 'changelog', () => expect(entry).toBeVisible());
    // One mail for this release (the job's idempotence is proven in the API's integration test).
    expect((await mailTo(backer.email)).filter((m) => m.subject.includes('Shipped:'))).toHaveLength(1);
  });
});
