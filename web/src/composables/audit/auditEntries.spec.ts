import { describe, expect, it } from 'vitest';
import {
  actionLabel,
  auditFiltersFromQuery,
  auditVariables,
  changeSummary,
  filterErrors,
  queryWithAuditFilters,
} from './auditEntries';

const entry = (before: unknown, after: unknown) => ({
  before: before === null ? null : JSON.stringify(before),
  after: after === null ? null : JSON.stringify(after),
});

describe('changeSummary', () => {
  it('shows a status change by key, leaving ids out', () => {
    expect(
      changeSummary(
        entry({ statusId: 'a', statusKey: 'open' }, { statusId: 'b', statusKey: 'in_progress', note: 'Soon' }),
      ),
    ).toEqual(['Status: open → in progress', 'Note: Soon']);
    // Entries written before the previous key was recorded; an empty note is left out.
    expect(changeSummary(entry({ statusId: 'a' }, { statusId: 'b', statusKey: 'planned', note: '' }))).toEqual([
      'Status: planned',
    ]);
  });

  it('shows merges, roles and booleans in words, without scores', () => {
    expect(
      changeSummary(
        entry(
          { mergedIntoId: null, targetVoteCount: 5, targetTrendScore: 1.2 },
          { mergedIntoId: 'x', targetVoteCount: 8, movedVotes: 3, targetTrendScore: 2 },
        ),
      ),
    ).toEqual(['Merged: no → yes', 'Votes on the target: 5 → 8', 'Votes moved: 3']);
    expect(changeSummary(entry({ role: 'member' }, { role: 'product_manager' }))).toEqual([
      'Role: member → product manager',
    ]);
    expect(changeSummary(entry({ hidden: false }, { hidden: true }))).toEqual(['Hidden: no → yes']);
    expect(changeSummary(entry({ suspendedUntil: null }, { suspendedUntil: null }))).toEqual([]);
  });

  it('names single sign-on settings, ids and secrets included, never a secret’s value', () => {
    expect(
      changeSummary(
        entry(
          { oidcClientId: 'chorus', oidcEnabled: false, appSecret: 'not set' },
          { oidcClientId: 'chorus-web', oidcEnabled: true, appSecret: 'new secret' },
        ),
      ),
    ).toEqual([
      'Client ID: chorus → chorus-web',
      'OpenID Connect on: no → yes',
      'App shared secret: not set → new secret',
    ]);
  });

  it('survives missing or malformed JSON', () => {
    expect(changeSummary({ before: null, after: '{not json' })).toEqual([]);
  });
});

describe('filters', () => {
  it('reads the URL, ignoring malformed dates', () => {
    expect(auditFiltersFromQuery({ action: 'idea.merged', actor: 'u1', since: '2026-03-01', until: 'soon' })).toEqual({
      action: 'idea.merged',
      actorId: 'u1',
      since: '2026-03-01',
      until: undefined,
    });
  });

  it('writes only the set filters to the URL', () => {
    expect(queryWithAuditFilters({ action: 'idea.merged', actorId: undefined, since: '2026-03-01' })).toEqual({
      action: 'idea.merged',
      since: '2026-03-01',
    });
  });

  it('sends whole days, the end day included', () => {
    expect(auditVariables({ since: '2026-03-01', until: '2026-03-31' })).toEqual({
      first: 25,
      action: null,
      actorId: null,
      since: '2026-03-01T00:00:00.000Z',
      until: '2026-04-01T00:00:00.000Z',
    });
  });

  it('flags an end before the start', () => {
    expect(filterErrors({ since: '2026-03-02', until: '2026-03-01' })).toHaveProperty('until');
    expect(filterErrors({ since: '2026-03-01', until: '2026-03-01' })).toEqual({});
  });

  it('labels known and unknown actions', () => {
    expect(actionLabel('idea.status_changed')).toBe('Changed the status');
    expect(actionLabel('something.new')).toBe('something.new');
  });
});
