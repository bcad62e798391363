import { expect, newAccount, signInAs, test, type Account } from '../fixtures';
import { ApiClient } from '../fixtures/api';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';
import { IdeaPage } from '../pages/idea.page';

/** A fresh public board, so the leaderboard starts empty and every point on it comes from this spec. */
async function newBoard(admin: ApiClient, name: string): Promise<string> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
  await admin.graphql(`mutation E2ECreateBoard($input: CreateBoardInput!) { createBoard(input: $input) { id } }`, {
    input: { name, slug, description: 'Where helpful answers earn reputation.' },
  });
  return slug;
}

async function reputationOf(api: ApiClient, id: string): Promise<number> {
  const data = await api.graphql<{ user: { reputation: number } }>(
    `query ($id: ID!) { user(id: $id) { reputation } }`,
    {
      id,
    },
  );
  return data.user.reputation;
}

test.describe('reputation', () => {
  test('the idea’s author marks an answer helpful; it shows on the idea, the profile and the leaderboard', async ({
    page,
    apiAs,
  }, testInfo) => {
    const slug = await newBoard(await apiAs('admin'), 'Reputation');
    const author: Account = newAccount('Alice');
    const answerer: Account = newAccount('Bob');
    const authorApi = await apiAs(author, { signUp: true });
    const answererApi = await apiAs(answerer, { signUp: true });
    const answererId = (await answererApi.viewerId())!;

    // A new board: nobody has points yet.
    await page.goto(`/b/${slug}/leaderboard`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leaderboard');
    await expect(page.getByText('No points earned yet')).toBeVisible();

    const idea = await authorApi.submitIdea({ boardSlug: slug, title: `Export invoices ${author.email}` });
    const answerText = 'Settings → Data has a CSV export that includes invoices.';
    await answererApi.postComment(idea.id, answerText);
    const before = await reputationOf(answererApi, answererId);

    await new ApiClient(page.request).signIn(author);
    const ideaPage = new IdeaPage(page);
    await ideaPage.goto(idea.id);
    const answer = ideaPage.comment(answerText);
    await expect(answer.getByTestId('helpful-badge')).toHaveCount(0);
    await answer.getByRole('button', { name: 'Mark as helpful answer' }).click();
    await expect(answer.getByTestId('helpful-badge')).toHaveText('Helpful answer');
    await expect(answer.getByRole('button', { name: 'Unmark helpful answer' })).toBeVisible();

    // The summary at the top of the discussion jumps to the answer.
    const summary = page.getByTestId('helpful-summary');
    await expect(summary).toContainText('1 helpful answer');
    await summary.getByRole('link', { name: `Read ${answerer.displayName}’s answer` }).click();
    await expect(answer).toBeFocused();
    await page.reload();
    await expect(ideaPage.comment(answerText).getByTestId('helpful-badge')).toBeVisible();

    // The answerer's name leads to their profile: 15 more points, the answer and the idea it answers.
    await ideaPage.comment(answerText).getByRole('link', { name: answerer.displayName }).click();
    await expect(page).toHaveURL(`/u/${answererId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(answerer.displayName);
    expect(await reputationOf(answererApi, answererId)).toBe(before + 15);
    await expect(page.getByTestId('reputation')).toContainText(String(before + 15));
    const answers = page.getByTestId('answer');
    await expect(answers).toHaveCount(1);
    await expect(answers.first()).toContainText(answerText);
    await expect(page.getByTestId('badge-first_idea')).toContainText('Not earned yet');
    await expect(page.getByText('No ideas yet')).toBeVisible();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, testInfo, 'profile');
    await screenshotWidths(page, testInfo, 'profile', () => expect(answers.first()).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });

    // From the profile, the answer's link lands on the answer itself.
    await answers.first().getByRole('link', { name: idea.title }).click();
    await expect(page).toHaveURL(new RegExp(`/ideas/${idea.id}#comment-`));
    await expect(ideaPage.comment(answerText)).toBeFocused();

    // The board links to its leaderboard; both members are ranked, the answerer first.
    await page.goto(`/b/${slug}`);
    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page).toHaveURL(`/b/${slug}/leaderboard`);
    const entries = page.getByTestId('leaderboard-entry');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText(answerer.displayName);
    await expect(entries.nth(0).getByTestId('leaderboard-points')).toHaveText(/^15\s+points$/);
    await expect(entries.nth(1)).toContainText(author.displayName);
    await expect(entries.nth(1)).toContainText('Top badge: First idea');
    await page.getByRole('link', { name: 'Last 30 days' }).click();
    await expect(page).toHaveURL(`/b/${slug}/leaderboard?period=30d`);
    await expect(page.getByRole('link', { name: 'Last 30 days' })).toHaveAttribute('aria-current', 'page');
    await expect(entries.nth(0)).toContainText(answerer.displayName);
    await expectNoSeriousA11yViolations(page, testInfo, 'leaderboard');
    await screenshotWidths(page, testInfo, 'leaderboard', () => expect(entries.first()).toBeVisible());
    await page.setViewportSize({ width: 1280, height: 800 });
    await entries.nth(0).getByRole('link', { name: answerer.displayName }).click();
    await expect(page).toHaveURL(`/u/${answererId}`);

    // Taking the mark back takes the badge and the points back.
    await ideaPage.goto(idea.id);
    await ideaPage.comment(answerText).getByRole('button', { name: 'Unmark helpful answer' }).click();
    await expect(ideaPage.comment(answerText).getByRole('button', { name: 'Mark as helpful answer' })).toBeVisible();
    await expect(ideaPage.comment(answerText).getByTestId('helpful-badge')).toHaveCount(0);
    await expect(page.getByTestId('helpful-summary')).toHaveCount(0);
    expect(await reputationOf(answererApi, answererId)).toBe(before);
  });

  test('only the idea’s author and staff are offered the mark', async ({ page, apiAs }) => {
    const author = newAccount('Ana');
    const authorApi = await apiAs(author, { signUp: true });
    const memberApi = await apiAs('member');
    const idea = await authorApi.submitIdea({ boardSlug: 'feedback', title: `Offline mode ${author.email}` });
    await memberApi.postComment(idea.id, 'The mobile app caches the last 50 ideas.');
    await authorApi.postComment(idea.id, 'Thanks, that helps.');

    await signInAs(page, 'member');
    const ideaPage = new IdeaPage(page);
    await ideaPage.goto(idea.id);
    await expect(ideaPage.comment('Thanks, that helps.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as helpful answer' })).toHaveCount(0);

    await new ApiClient(page.request).signIn(author);
    await ideaPage.goto(idea.id);
    // The author may mark the member's comment, never their own.
    await expect(
      ideaPage
        .comment('The mobile app caches the last 50 ideas.')
        .getByRole('button', { name: 'Mark as helpful answer' }),
    ).toBeVisible();
    await expect(
      ideaPage.comment('Thanks, that helps.').getByRole('button', { name: 'Mark as helpful answer' }),
    ).toHaveCount(0);
    // Author names link to profiles.
    await expect(page.getByRole('article').first().getByRole('link', { name: author.displayName })).toHaveAttribute(
      'href',
      /^\/u\//,
    );
  });

  test('staff see how many backers of a shipped idea were told; members do not', async ({ page, apiAs }) => {
    const author = newAccount('Dana');
    const authorApi = await apiAs(author, { signUp: true });
    const idea = await authorApi.submitIdea({ boardSlug: 'feedback', title: `Bulk archive ${author.email}` });
    await (await apiAs('member')).castVote(idea.id);
    await (await apiAs('pm')).changeStatus(idea.id, 'done', 'Shipped in 2.4.');

    await signInAs(page, 'pm');
    const ideaPage = new IdeaPage(page);
    await ideaPage.goto(idea.id);
    await expect(page.getByTestId('backers-told')).toContainText(/Backers told: \d{1,3}%/);
    await expect(page.getByTestId('backers-told')).toContainText('(in app and by e-mail)');

    await page.context().clearCookies();
    await signInAs(page, 'member');
    await ideaPage.goto(idea.id);
    await expect(ideaPage.heading).toHaveText(idea.title);
    await expect(page.getByTestId('backers-told')).toHaveCount(0);
  });
});
