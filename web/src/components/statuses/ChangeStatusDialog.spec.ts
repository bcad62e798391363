import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import ChangeStatusDialog, { type StatusChangeRequest } from './ChangeStatusDialog.vue';

const request: StatusChangeRequest = {
  idea: { id: 'idea-1', title: 'Dark mode' },
  from: { name: 'Under review', color: '#f59e0b' },
  to: { key: 'planned', name: 'Planned', color: '#2563eb' },
};

function mountDialog() {
  return mount(ChangeStatusDialog, { props: { request }, attachTo: document.body });
}

describe('ChangeStatusDialog', () => {
  it('sends the status change with the trimmed note and emits the saved idea', async () => {
    const fetchMock = mockGraphQL(() =>
      jsonResponse({
        data: {
          changeIdeaStatus: {
            id: 'idea-1',
            voteCount: 4,
            status: { key: 'planned', name: 'Planned', color: '#2563eb' },
          },
        },
      }),
    );
    const wrapper = mountDialog();
    await flushPromises();
    expect(wrapper.text()).toContain('Move to Planned');

    await wrapper.get('textarea').setValue('  Next release.  ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const body = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body)) as { variables: unknown };
    expect(body.variables).toEqual({ input: { ideaId: 'idea-1', statusKey: 'planned', note: 'Next release.' } });
    expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ id: 'idea-1', status: { key: 'planned' } });
    wrapper.unmount();
  });

  it('shows refusals in plain words and stays open', async () => {
    mockGraphQL(() =>
      jsonResponse({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' } }] }),
    );
    const wrapper = mountDialog();
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toBe('You don’t have permission to do that.');
    expect(wrapper.emitted('changed')).toBeUndefined();
    wrapper.unmount();
  });

  it('shows a note error under the note field', async () => {
    mockGraphQL(() =>
      jsonResponse({
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              fields: { note: 'Note can have at most 5,000 characters.' },
            },
          },
        ],
      }),
    );
    const wrapper = mountDialog();
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="field-error"]').text()).toBe('Note can have at most 5,000 characters.');
    expect(wrapper.get('textarea').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });
});
