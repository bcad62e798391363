import { describe, expect, it } from 'vitest';
import {
  contributionSummary,
  describeSeries,
  formatDuration,
  formatShare,
  funnelSeries,
  isEmpty,
  memberSeries,
  responseSentences,
  totals,
  weeklySeries,
  type BoardAnalytics,
} from './analyticsFormat';

const figures = (over: Partial<BoardAnalytics> = {}): BoardAnalytics => ({
  from: '2026-03-02T00:00:00.000Z',
  to: '2026-03-16T00:00:00.000Z',
  weeks: [
    { weekStart: '2026-03-02T00:00:00.000Z', ideas: 2, votes: 1, comments: 2 },
    { weekStart: '2026-03-09T00:00:00.000Z', ideas: 1, votes: 2, comments: 0 },
  ],
  members: { active: 4, new: 3, returning: 1 },
  topContributors: [],
  funnel: { submitted: 3, reachedPlanned: 1, reachedDone: 1 },
  medianHoursToFirstResponse: 126,
  medianHoursToDone: 240,
  answeredWithin7DaysShare: 1 / 3,
  mostWanted: [],
  ...over,
});

describe('series', () => {
  it('builds the weekly series from the weeks, in order, with UTC week labels', () => {
    const series = weeklySeries(figures(), 'en-GB');
    expect(series.labels).toEqual(['2 Mar', '9 Mar']);
    expect(series.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Ideas', [2, 1]],
      ['Votes', [1, 2]],
      ['Comments', [2, 0]],
    ]);
  });

  it('builds the funnel and member bars', () => {
    expect(funnelSeries(figures()).datasets[0].data).toEqual([3, 1, 1]);
    expect(memberSeries(figures()).datasets[0].data).toEqual([4, 3, 1]);
  });

  it('sums the weeks', () => {
    expect(totals(figures())).toEqual({ ideas: 3, votes: 3, comments: 2 });
  });

  it('summarises a series for screen readers', () => {
    expect(describeSeries(weeklySeries(figures(), 'en-GB'), 'week', 'en-GB')).toBe(
      'Ideas: 3 in total, most in the week of 2 Mar (2). Votes: 3 in total, most in the week of 9 Mar (2). ' +
        'Comments: 2 in total, most in the week of 2 Mar (2)',
    );
    expect(describeSeries(memberSeries(figures()), 'bar', 'en-GB')).toBe('Active 4, New 3, Returning 1');
    const quiet = figures({ weeks: [{ weekStart: '2026-03-02T00:00:00.000Z', ideas: 0, votes: 0, comments: 0 }] });
    expect(describeSeries(weeklySeries(quiet), 'week')).toMatch(/^Ideas: none/);
  });
});

describe('isEmpty', () => {
  it('is true only without any activity, members or open ideas', () => {
    expect(isEmpty(figures())).toBe(false);
    const none = figures({
      weeks: [{ weekStart: '2026-03-02T00:00:00.000Z', ideas: 0, votes: 0, comments: 0 }],
      members: { active: 0, new: 0, returning: 0 },
    });
    expect(isEmpty(none)).toBe(true);
    expect(
      isEmpty({
        ...none,
        mostWanted: [{ id: '1', title: 'x', voteCount: 3, status: { key: 'open', name: 'Open', color: '#000' } }],
      }),
    ).toBe(false);
  });
});

describe('plain words', () => {
  it('formats durations by size', () => {
    expect(formatDuration(null)).toBeUndefined();
    expect(formatDuration(0.25, 'en')).toBe('15 minutes');
    expect(formatDuration(12, 'en')).toBe('12 hours');
    expect(formatDuration(1, 'en')).toBe('1 hour');
    expect(formatDuration(126, 'en')).toBe('5.3 days');
    expect(formatDuration(240, 'en')).toBe('10 days');
  });

  it('formats shares as whole percentages', () => {
    expect(formatShare(1 / 3, 'en')).toBe('33%');
    expect(formatShare(null)).toBeUndefined();
  });

  it('writes the response figures as sentences', () => {
    expect(responseSentences(figures(), 'en')).toEqual([
      'Half of the ideas that got a first response from the team got it within 5.3 days.',
      '33% of the 3 new ideas were answered within 7 days.',
      'Ideas that were done took 10 days from submission to done (median).',
    ]);
    expect(
      responseSentences(
        figures({ medianHoursToFirstResponse: null, medianHoursToDone: null, answeredWithin7DaysShare: 0 }),
        'en',
      ),
    ).toEqual([
      'None of the ideas submitted in this period has had a response from the team yet.',
      '0% of the 3 new ideas were answered within 7 days.',
      'None of the ideas submitted in this period is done yet.',
    ]);
    expect(responseSentences(figures({ funnel: { submitted: 0, reachedPlanned: 0, reachedDone: 0 } }))).toHaveLength(1);
  });

  it('summarises a contributor, leaving out zeros', () => {
    expect(contributionSummary({ ideas: 1, comments: 0, votes: 12 })).toBe('1 idea · 12 votes');
    expect(contributionSummary({ ideas: 0, comments: 0, votes: 0 })).toBe('0 ideas');
  });
});
