import type { Page } from '@playwright/test';
import { DEMO_BOARD, expect, newAccount, test } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { IdeaPage } from '../pages/idea.page';

const TITLE = '<script>window.__xss=1</script><img src=x onerror=alert(1)>';
const BODY =
  'Before\n\n<script>alert("body")</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))';
const COMMENT = '<img src=x onerror=alert(4)><script>alert(5)</script> <svg onload=alert(6)>';

/** Nothing injected ran and no active markup reached the DOM. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('#main script').length,
    handlers: document.querySelectorAll('#main [onerror], #main [onload], #main [onclick]').length,
    jsLinks: document.querySelectorAll('#main a[href^="javascript:" i]').length,
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
  }));
  expect(injected).toEqual({ scripts: 0, handlers: 0, jsLinks: 0, flag: null });
  expect(dialogs).toEqual([]);
}

test('script payloads in a title, body and comment render as text and never run', async ({ page, apiAs }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const account = newAccount('Mallory');
  const author = await apiAs(account, { signUp: true });
  const { id } = await author.submitIdea({ boardSlug: DEMO_BOARD.slug, title: TITLE, body: BODY, tags: ['security'] });
  await author.postComment(id, COMMENT);

  // The idea page: the title is literal text, the body and comment come sanitised.
  await new ApiClient(page.request).signIn(account);
  const idea = new IdeaPage(page);
  await idea.goto(id);
  await expect(idea.heading).toHaveText(TITLE);
  await expect(page.getByTestId('idea-body')).toContainText('Before');
  await expect(idea.comments).toHaveCount(1);
  await expectInert(page, dialogs);

  // The board list shows it as text too (New puts it first).
  await page.goto(`/b/${DEMO_BOARD.slug}?sort=new`);
  await expect(page.getByRole('heading', { name: TITLE, exact: true })).toBeVisible();
  await expectInert(page, dialogs);

  // Typing the payloads: the previews show them as text.
  await idea.goto(id);
  await idea.commentBox.fill(COMMENT);
  await page.getByRole('tab', { name: 'Preview' }).first().click();
  await expect(page.getByTestId('markdown-preview').first()).toHaveText(COMMENT);
  await page.goto(`/b/${DEMO_BOARD.slug}/new`);
  await page.getByLabel('Title').fill(TITLE);
  await page.getByRole('textbox', { name: 'Details' }).fill(BODY);
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByTestId('markdown-preview')).toContainText('<script>alert("body")</script>');
  await expectInert(page, dialogs);

  // And posted through the form, the new idea's title is still text.
  await page.getByRole('button', { name: 'Post idea' }).click();
  await expect(page).toHaveURL(/\/ideas\/[^/]+$/);
  await expect(idea.heading).toHaveText(TITLE);
  await expectInert(page, dialogs);
});
