import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearQueryCache } from '@/graphql/cache';
import { deliveryOutcome, eventsSummary, plainSummary } from '@/composables/webhooks/webhookText';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import AdminWebhooksPage from './AdminWebhooksPage.vue';

const admin = { id: 'u1', displayName: 'Ada', email: 'ada@example.test', emailVerified: true, role: 'ADMIN' };
const hook = {
  id: 'w1',
  url: 'https://hooks.example.com/chorus',
  boardSlug: null,
  events: ['idea.created', 'vote.cast'],
  format: 'STANDARD',
  description: '',
  paused: true,
  pausedAt: '2026-12-04T10:00:00Z',
  pausedReason: 'Every delivery of the last 24 hours failed',
  createdAt: '2026-12-01T10:00:00Z',
};

async function mountPage(webhooks: unknown[], onMutation: (op: SentOperation) => unknown = () => ({})) {
  const sent: SentOperation[] = [];
  mockGraphQL((operation) => {
    sent.push(operation);
    if (operation.operationName === 'Viewer') return jsonResponse({ data: { viewer: admin } });
    if (operation.operationName === 'Boards') return jsonResponse({ data: { boards: [] } });
    if (operation.operationName === 'Webhooks') return jsonResponse({ data: { webhooks } });
    return jsonResponse(onMutation(operation));
  });
  const router = await testRouter('/admin/webhooks');
  const page = mount(AdminWebhooksPage, { global: { plugins: [router, createPinia()] }, attachTo: document.body });
  await flushPromises();
  return { page, sent };
}

describe('AdminWebhooksPage', () => {
  beforeEach(() => clearQueryCache());

  it('says so when there are no webhooks', async () => {
    const { page } = await mountPage([]);
    expect(page.get('[data-testid="empty-state"]').text()).toContain('No webhooks yet');
    page.unmount();
  });

  it('shows a paused endpoint with its reason and resumes it', async () => {
    const { page, sent } = await mountPage([hook], () => ({ data: { updateWebhook: { ...hook, paused: false } } }));
    const row = page.get('[data-testid="webhook-row"]');
    expect(row.get('[data-testid="webhook-paused"]').text()).toBe('Paused');
    expect(row.text()).toContain('Every delivery of the last 24 hours failed');
    expect(row.text()).toContain('Idea submitted, Vote cast');
    const resume = row.findAll('button').find((b) => b.text().startsWith('Resume'))!;
    await resume.trigger('click');
    await flushPromises();
    const update = sent.find((op) => op.operationName === 'UpdateWebhook');
    expect(update?.variables).toEqual({ input: { id: 'w1', paused: false } });
    page.unmount();
  });

  it('checks the form before sending, then shows the signing secret once', async () => {
    const { page, sent } = await mountPage([], () => ({
      data: { createWebhook: { secret: 'whsec_abc', webhook: { ...hook, paused: false } } },
    }));
    await page.get('form').trigger('submit');
    expect(page.text()).toContain('Enter the URL to send events to.');
    expect(sent.some((op) => op.operationName === 'CreateWebhook')).toBe(false);

    await page.get('#webhook-url').setValue(' https://hooks.example.com/chorus ');
    await page.get('form').trigger('submit');
    await flushPromises();
    const create = sent.find((op) => op.operationName === 'CreateWebhook');
    expect(create?.variables.input).toMatchObject({
      url: 'https://hooks.example.com/chorus',
      boardSlug: null,
      format: 'STANDARD',
    });
    expect((create?.variables.input as { events: string[] }).events).toHaveLength(9);
    expect((page.get('[data-testid="token-secret"]').element as HTMLInputElement).value).toBe('whsec_abc');
    page.unmount();
  });
});

describe('webhook text', () => {
  it('summarises events, outcomes and Slack lines in words', () => {
    expect(eventsSummary(['vote.cast'])).toBe('Vote cast');
    expect(deliveryOutcome({ succeeded: true, statusCode: 204, durationMs: 84 })).toBe('Delivered (204) in 84 ms');
    expect(
      deliveryOutcome({ succeeded: false, statusCode: null, durationMs: 10_000, error: 'No response within 10 s' }),
    ).toBe('Failed: No response within 10 s after 10.0 s');
    expect(plainSummary('Mia voted for <https://x/ideas/1|Dark &lt;mode&gt; &amp; more> (2 votes)')).toBe(
      'Mia voted for Dark <mode> & more (2 votes)',
    );
  });
});
