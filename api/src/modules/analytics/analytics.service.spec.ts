import { splitPeriod } from './analytics.service.js';

const at = (iso: string) => new Date(iso);

describe(splitPeriod.name, () => {
  it('reads whole days only from the rollups when the period starts and ends at midnight', () => {
    expect(splitPeriod(at('2026-03-02T00:00:00Z'), at('2026-03-16T00:00:00Z'))).toEqual({
      fullFrom: at('2026-03-02T00:00:00Z'),
      fullTo: at('2026-03-16T00:00:00Z'),
      before: [at('2026-03-02T00:00:00Z'), at('2026-03-02T00:00:00Z')],
      after: [at('2026-03-16T00:00:00Z'), at('2026-03-16T00:00:00Z')],
    });
  });

  it('reads the partial days at either end from the rows', () => {
    expect(splitPeriod(at('2026-03-03T06:00:00Z'), at('2026-03-10T18:00:00Z'))).toEqual({
      fullFrom: at('2026-03-04T00:00:00Z'),
      fullTo: at('2026-03-10T00:00:00Z'),
      before: [at('2026-03-03T06:00:00Z'), at('2026-03-04T00:00:00Z')],
      after: [at('2026-03-10T00:00:00Z'), at('2026-03-10T18:00:00Z')],
    });
  });

  it('reads a period inside one or two days from the rows alone', () => {
    for (const [from, to] of [
      ['2026-03-04T08:00:00Z', '2026-03-04T10:00:00Z'],
      ['2026-03-04T08:00:00Z', '2026-03-05T10:00:00Z'],
    ]) {
      const split = splitPeriod(at(from), at(to));
      expect(split.fullFrom).toEqual(split.fullTo);
      expect(split.before).toEqual([at(from), at(to)]);
      expect(split.after).toEqual([at(to), at(to)]);
    }
  });
});
