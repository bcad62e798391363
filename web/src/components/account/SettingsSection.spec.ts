import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/graphql/errors';
import SettingsSection from './SettingsSection.vue';

const mountSection = (props: Record<string, unknown> = {}) =>
  mount(SettingsSection, {
    props: { title: 'Password', submitLabel: 'Change password', busyLabel: 'Saving…', ...props },
    slots: { default: '<input aria-label="Current password" />' },
  });

describe('SettingsSection', () => {
  it('is a region named by its heading, with the fields, the submit button and an empty status line', () => {
    const wrapper = mountSection();
    const region = wrapper.get('section');
    expect(wrapper.get(`#${region.attributes('aria-labelledby')}`).text()).toBe('Password');
    expect(wrapper.find('input[aria-label="Current password"]').exists()).toBe(true);
    expect(wrapper.get('button[type="submit"]').text()).toBe('Change password');
    expect(wrapper.get('[role="status"]').text()).toBe('');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('submits once at a time: busy, the button says so and a submit is ignored', async () => {
    const idle = mountSection();
    await idle.get('form').trigger('submit');
    expect(idle.emitted('submit')).toHaveLength(1);

    const busy = mountSection({ busy: true });
    expect(busy.get('button[type="submit"]').text()).toBe('Saving…');
    expect(busy.get('button[type="submit"]').attributes('aria-disabled')).toBe('true');
    await busy.get('form').trigger('submit');
    expect(busy.emitted('submit')).toBeUndefined();
  });

  it('says what a success did, and shows a failure that belongs to no field as an alert', () => {
    expect(mountSection({ status: 'Password changed.' }).get('[role="status"]').text()).toBe('Password changed.');
    const limited = mountSection({ error: new ApiError({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' }) });
    expect(limited.get('[role="alert"]').text()).toContain('going a bit fast');
    // Field errors show next to their fields (in the slot), not twice.
    const wrong = mountSection({
      error: new ApiError({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', fields: { currentPassword: 'Wrong.' } }),
    });
    expect(wrong.find('[role="alert"]').exists()).toBe(false);
  });

  it('styles the button by tone', () => {
    expect(mountSection().get('button').classes()).toContain('button--primary');
    expect(mountSection({ tone: 'danger' }).get('button').classes()).toContain('button--danger');
    expect(mountSection({ tone: 'plain' }).get('button').classes()).toEqual(['button']);
  });
});
