import { expect, newAccount, signInAs, test } from '../fixtures';
import { expectNoSeriousA11yViolations, screenshotWidths } from '../fixtures/checks';

test('an admin finds a member, opens a private board to them and closes it, makes them moderator, suspends and lifts', async ({
  page,
  apiAs,
}, testInfo) => {
  const account = newAccount('Paloma');
  const member = await apiAs(account, { signUp: true });
  const admin = await apiAs('admin');
  const slug = `vault-${Date.now().toString(36)}`;
  await admin.graphql(
    `mutation E2EVault($slug: String!) { createBoard(input: { slug: $slug, name: "The vault", isPrivate: true }) { slug } }`,
    {
      slug,
    },
  );
  const canSee = async () =>
    (
      await member.graphql<{ board: { slug: string } | null }>(
        `query E2EVaultSeen($slug: String!) { board(slug: $slug) { slug } }`,
        { slug },
      )
    ).board !== null;

  await signInAs(page, 'admin');
  await page.goto('/admin/people');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await page.getByLabel('Name or e-mail').fill(account.email);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.locator(`[data-person="${account.email}"]`);
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, testInfo, 'admin-people');
  await screenshotWidths(page, testInfo, 'admin-people', () => expect(row).toBeVisible());
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.getByLabel(`Private board for ${account.displayName}`).selectOption(slug);
  await row.getByRole('button', { name: `Grant access for ${account.displayName}` }).click();
  await expect(row).toContainText(`Private boards: ${slug}`);
  expect(await canSee()).toBe(true);
  await row.getByRole('button', { name: `Revoke access for ${account.displayName}` }).click();
  await expect(row).not.toContainText('Private boards');
  expect(await canSee()).toBe(false);

  await row.getByLabel(`Role of ${account.displayName}`).selectOption('MODERATOR');
  await expect(row.getByLabel(`Role of ${account.displayName}`)).toHaveValue('MODERATOR');
  expect((await member.graphql<{ viewer: { role: string } }>('query E2ERole { viewer { role } }')).viewer.role).toBe(
    'MODERATOR',
  );

  await row.getByRole('button', { name: `Suspend ${account.displayName}` }).click();
  await expect(row.getByText('Suspended')).toBeVisible();
  await row.getByRole('button', { name: `Lift suspension ${account.displayName}` }).click();
  await expect(row.getByText('Suspended')).toHaveCount(0);
});
