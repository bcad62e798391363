import type { Page } from '@playwright/test';
import { DEMO_BOARD, expect, signInAs, test } from '../fixtures';

/**
 * The built app under its Content-Security-Policy (api/src/http/security-headers.ts): the shell's
 * inline preload script and stylesheet carry the response's nonce, the embedded first-paint data
 * is read, and nothing on the home, board and idea pages is refused by the browser.
 */
async function watchCsp(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Refused|Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (line: string) => refused.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return refused;
}

test.describe('content security policy', () => {
  test('home, board and idea pages run with nothing refused, replies paged', async ({ page, apiAs }) => {
    const pm = await apiAs('pm');
    const idea = await pm.submitIdea({ boardSlug: DEMO_BOARD.slug, title: 'Headers keep scripts honest' });
    const top = await pm.postComment(idea.id, 'A busy thread');
    for (let i = 1; i <= 12; i++) await pm.postComment(idea.id, `Reply number ${i}`, top.id);

    const refused = await watchCsp(page);
    await signInAs(page, 'member');

    const home = await page.goto('/');
    expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const board = await page.goto(`/b/${DEMO_BOARD.slug}`);
    const nonce = /'nonce-([^']+)'/.exec(board?.headers()['content-security-policy'] ?? '')?.[1];
    expect(await board?.text()).toContain(`nonce="${nonce}"`);
    await expect(page.getByTestId('idea-card').first()).toBeVisible();

    await page.goto(`/ideas/${idea.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Headers keep scripts honest' })).toBeVisible();
    const replies = page.getByRole('list', { name: 'Replies' }).getByTestId('comment-body');
    await expect(replies).toHaveCount(10);
    await page.getByRole('button', { name: 'Show 2 more replies' }).click();
    await expect(replies).toHaveCount(12);
    await expect(replies.last()).toHaveText('Reply number 12');
    await expect(page.getByRole('button', { name: /more replies/ })).toHaveCount(0);

    expect(refused).toEqual([]);
  });
});
