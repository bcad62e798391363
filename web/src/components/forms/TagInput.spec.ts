import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import TagInput from './TagInput.vue';

function mountTags(initial: string[] = []) {
  const wrapper = mount(TagInput, {
    props: { modelValue: initial, 'onUpdate:modelValue': (next: string[]) => wrapper.setProps({ modelValue: next }) },
    global: { plugins: [createPinia()] },
  });
  return { wrapper, tags: () => wrapper.props('modelValue'), input: () => wrapper.get('input') };
}

describe('TagInput', () => {
  it('turns typed or pasted text into normalised chips, without duplicates', async () => {
    const { wrapper, tags, input } = mountTags();
    await input().setValue('Dark Mode, api,');
    expect(tags()).toEqual(['dark-mode', 'api']);
    await input().setValue('API');
    await input().trigger('keydown', { key: 'Enter' });
    expect(tags()).toEqual(['dark-mode', 'api']);
    expect(wrapper.findAll('[data-testid="tag-chip"]')).toHaveLength(2);
  });

  it('removes chips with their button or Backspace, and stops at five', async () => {
    const { wrapper, tags, input } = mountTags(['a', 'b', 'c', 'd']);
    await wrapper.get('button[aria-label="Remove tag b"]').trigger('click');
    expect(tags()).toEqual(['a', 'c', 'd']);
    await input().trigger('keydown', { key: 'Backspace' });
    expect(tags()).toEqual(['a', 'c']);
    await input().setValue('e,f,g,h,');
    expect(tags()).toEqual(['a', 'c', 'e', 'f', 'g']);
    expect(input().attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('That’s the most: 5 tags.');
  });
});
