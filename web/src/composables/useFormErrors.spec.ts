import { describe, expect, it } from 'vitest';
import { ApiError } from '@/graphql/errors';
import { useFormErrors } from './useFormErrors';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('useFormErrors', () => {
  it('shows field errors next to their fields and moves focus to the first invalid field', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<input id="name" /><input id="title" aria-invalid="true" />';
    document.body.append(form);
    const errors = useFormErrors(() => form);

    const kind = errors.show(
      new ApiError({ code: 'BAD_USER_INPUT', reason: 'INVALID', fields: { title: 'Too short.' } }),
    );
    expect(kind).toBe('fields');
    expect(errors.fields.value).toEqual({ title: 'Too short.' });
    expect(errors.formError.value).toBe('');
    await nextFrame();
    expect(document.activeElement?.id).toBe('title');
    form.remove();
  });

  it('shows any other failure as one message for the form, and clears both', () => {
    const errors = useFormErrors(() => null);
    expect(errors.show(new ApiError({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' }))).toBe('form');
    expect(errors.formError.value).toContain('going a bit fast');
    expect(errors.show(new Error('offline'))).toBe('form');
    expect(errors.formError.value).toBe('Something went wrong on our side. Please try again.');
    errors.refuse({ title: 'Needed.' });
    errors.clear();
    expect(errors.fields.value).toEqual({});
    expect(errors.formError.value).toBe('');
  });
});
