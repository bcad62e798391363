import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import ReportButton from './ReportButton.vue';

function mountReport() {
  return mount(ReportButton, { props: { target: { commentId: 'c-1' }, what: 'comment' }, attachTo: document.body });
}

describe('ReportButton', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('asks for a reason first, then sends it with the trimmed note and says thanks', async () => {
    const sent: SentOperation[] = [];
    mockGraphQL((operation) => {
      sent.push(operation);
      return jsonResponse({ data: { flagContent: { id: 'f-1' } } });
    });
    const wrapper = mountReport();
    await wrapper.get('[data-testid="report-button"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.text()).toContain('Choose a reason.');
    expect(sent).toHaveLength(0);

    await wrapper.get('input[value="OFF_TOPIC"]').setValue(true);
    await wrapper.get('textarea').setValue('  Belongs on the forum  ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent[0]).toMatchObject({
      operationName: 'FlagContent',
      variables: { input: { commentId: 'c-1', reason: 'OFF_TOPIC', note: 'Belongs on the forum' } },
    });
    expect(wrapper.get('[data-testid="report-done"]').text()).toContain('Thanks for reporting');
    expect(wrapper.get('[data-testid="report-button"]').text()).toBe('Reported');
    wrapper.unmount();
  });

  it('treats a second report as already received, not as an error', async () => {
    mockGraphQL(() =>
      jsonResponse({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'ALREADY_FLAGGED' } }] }),
    );
    const wrapper = mountReport();
    await wrapper.get('[data-testid="report-button"]').trigger('click');
    await wrapper.get('input[value="SPAM"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="report-done"]').text()).toContain('You already reported this comment');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps the form and says why when the report fails', async () => {
    mockGraphQL(() =>
      jsonResponse({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN', reason: 'SUSPENDED' } }] }),
    );
    const wrapper = mountReport();
    await wrapper.get('[data-testid="report-button"]').trigger('click');
    await wrapper.get('input[value="ABUSIVE"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toMatch(/suspended/);
    expect(wrapper.find('form').exists()).toBe(true);
    wrapper.unmount();
  });
});
