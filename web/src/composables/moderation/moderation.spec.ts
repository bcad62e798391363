// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/graphql/errors';
import { FLAG_REASONS, isIndefinite, reasonLabel, suspensionEnd, useActionRunner } from './moderation';

describe('suspensionEnd', () => {
  const now = new Date(2026, 4, 10, 15, 0); // 10 May 2026, 15:00 local

  it('reads an empty field as "until lifted"', () => {
    expect(suspensionEnd('  ', now)).toEqual({ until: null });
  });

  it('ends at the last moment of the chosen local day', () => {
    const end = suspensionEnd('2026-05-11', now);
    expect(end).toEqual({ until: new Date(2026, 4, 11, 23, 59, 59, 999).toISOString() });
  });

  it.each([
    ['2026-05-10', 'Pick a day after today.'],
    ['2026-04-01', 'Pick a day after today.'],
    ['2026-02-30', 'That date doesn’t exist.'],
    ['next week', 'Pick a date, or leave it empty to suspend until you lift it.'],
  ])('refuses %s', (day, error) => {
    expect(suspensionEnd(day, now)).toEqual({ error });
  });
});

describe('reasons', () => {
  it('labels every reason the API knows in plain words', () => {
    expect(FLAG_REASONS.map((r) => r.value)).toEqual(['SPAM', 'ABUSIVE', 'OFF_TOPIC', 'OTHER']);
    expect(reasonLabel('OFF_TOPIC')).toBe('Off-topic');
  });

  it('tells the API’s far-future end from a real date', () => {
    expect(isIndefinite('9999-12-31T00:00:00.000Z')).toBe(true);
    expect(isIndefinite('2026-06-01T00:00:00.000Z')).toBe(false);
  });
});

describe('useActionRunner', () => {
  it('runs one action at a time and turns failures into plain words', async () => {
    const { busy, error, run } = useActionRunner();
    let release!: () => void;
    const first = run('hide', () => new Promise<void>((done) => (release = done)));
    expect(busy.value).toBe('hide');
    expect(await run('dismiss', async () => undefined)).toBe(false); // refused while busy
    release();
    expect(await first).toBe(true);
    expect(busy.value).toBeUndefined();

    const failed = await run('hide', () => Promise.reject(new ApiError({ code: 'FORBIDDEN', reason: 'SUSPENDED' })));
    expect(failed).toBe(false);
    expect(error.value).toMatch(/suspended/);
  });
});
