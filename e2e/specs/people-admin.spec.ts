import { expect, newAccount, signInAs, test } from '../fixtures';

const BOARD = `query E2EBoardModeration($slug: String!) { board(slug: $slug) { slug premoderateFirstIdea } }`;
const LISTED = `query E2EListed($slug: String!) { ideas(boardSlug: $slug, sort: NEW, first: 20) { edges { node { title } } } }`;

test('an admin turns on reviewing first ideas in the board form, and a newcomer’s first idea waits', async ({
  page,
  apiAs,
}) => {
  const slug = `careful-${Date.now().toString(36)}`;
  await signInAs(page, 'admin');
  await page.goto('/admin/boards');
  const form = page.getByRole('region', { name: 'New board' });
  await form.getByLabel('Name').fill('Careful board');
  await form.getByLabel('Slug').fill(slug);
  await form.getByLabel('Review first ideas').check();
  await form.getByRole('button', { name: 'Create board' }).click();
  const row = page.locator(`[data-board="${slug}"]`);
  await expect(row.getByRole('link', { name: 'Careful board', exact: true })).toBeVisible();

  const admin = await apiAs('admin');
  expect((await admin.graphql<{ board: unknown }>(BOARD, { slug })).board).toEqual({
    slug,
    premoderateFirstIdea: true,
  });
  const newcomer = await apiAs(newAccount('Newcomer'), { signUp: true });
  await newcomer.submitIdea({ boardSlug: slug, title: 'My very first idea' });
  const listed = await admin.graphql<{ ideas: { edges: Array<{ node: { title: string } }> } }>(LISTED, { slug });
  expect(listed.ideas.edges.map((edge) => edge.node.title)).not.toContain('My very first idea');

  // And off again, from the same form.
  await row.getByRole('button', { name: 'Edit Careful board' }).click();
  await expect(row.getByLabel('Review first ideas')).toBeChecked();
  await row.getByLabel('Review first ideas').uncheck();
  await row.getByRole('button', { name: 'Save changes' }).click();
  await expect(row.getByRole('link', { name: 'Careful board', exact: true })).toBeVisible();
  expect((await admin.graphql<{ board: unknown }>(BOARD, { slug })).board).toEqual({
    slug,
    premoderateFirstIdea: false,
  });
});
