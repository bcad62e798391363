import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearQueryCache } from '@/graphql/cache';
import type { Role } from '@/graphql/generated/graphql';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import ApiTokensPage from './ApiTokensPage.vue';

const stored = [
  {
    id: 't1',
    name: 'Jira sync',
    scope: 'WRITE',
    createdAt: '2025-01-01T00:00:00.000Z',
    expiresAt: '2025-04-01T12:00:00.000Z',
    lastUsedAt: null,
  },
  {
    id: 't2',
    name: 'Reports',
    scope: 'READ',
    createdAt: '2025-01-02T00:00:00.000Z',
    expiresAt: null,
    lastUsedAt: null,
  },
];

async function mountPage(role: Role) {
  const sent: SentOperation[] = [];
  const viewer = { id: 'me', role, displayName: 'Me', email: null };
  mockGraphQL((operation) => {
    sent.push(operation);
    if (operation.operationName === 'Viewer') return jsonResponse({ data: { viewer } });
    if (operation.operationName === 'CreateApiToken')
      return jsonResponse({
        data: { createApiToken: { token: 'chorus_secret', apiToken: { ...stored[0], id: 't3' } } },
      });
    return jsonResponse({ data: { apiTokens: stored } });
  });
  const router = await testRouter('/settings/tokens');
  const pinia = createPinia();
  setActivePinia(pinia);
  const page = mount(ApiTokensPage, { global: { plugins: [router, pinia] }, attachTo: document.body });
  await flushPromises();
  return { page, sent };
}

describe('ApiTokensPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearQueryCache();
    document.body.innerHTML = '';
  });

  it('shows each token’s scope and expiry', async () => {
    const { page } = await mountPage('MEMBER');
    const rows = page.findAll('[data-testid="token-row"]');
    expect(rows.map((row) => row.get('[data-testid="token-scope"]').text())).toEqual(['Read and write', 'Read']);
    expect(rows[0]!.get('[data-testid="token-expiry"]').text()).toMatch(/^Expires April 1, 2025$/);
    expect(rows[1]!.get('[data-testid="token-expiry"]').text()).toBe('Never expires');
  });

  it('sends the chosen scope and expiry; read for 90 days unless changed', async () => {
    const { page, sent } = await mountPage('MEMBER');
    await page.get('#token-name').setValue('CI');
    await page.get('form').trigger('submit');
    await flushPromises();
    await page.get('#token-name').setValue('Deploys');
    await page.get('input[value="WRITE"]').setValue(true);
    const expiry = page.get<HTMLSelectElement>('#token-expiry');
    expiry.element.selectedIndex = expiry.findAll('option').findIndex((option) => option.text() === 'Never');
    await expiry.trigger('change');
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(sent.filter((op) => op.operationName === 'CreateApiToken').map((op) => op.variables)).toEqual([
      { name: 'CI', scope: 'READ', expiresInDays: 90 },
      { name: 'Deploys', scope: 'WRITE', expiresInDays: null },
    ]);
  });

  it('offers the admin scope to admins only', async () => {
    const scopesOf = async (role: Role) => {
      clearQueryCache();
      return (await mountPage(role)).page
        .findAll('input[name="token-scope"]')
        .map((input) => input.attributes('value'));
    };
    expect(await scopesOf('PRODUCT_MANAGER')).toEqual(['READ', 'WRITE']);
    expect(await scopesOf('ADMIN')).toEqual(['READ', 'WRITE', 'ADMIN']);
  });
});
