import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AuditLogQuery, AuditLogQueryVariables } from '@/graphql/generated/graphql';

export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

/** Every action the API records, in plain words (the API's AuditEntry.action documents the list). */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  'idea.status_changed': 'Changed the status',
  'idea.merged': 'Merged an idea',
  'idea.unmerged': 'Unmerged an idea',
  'idea.hidden': 'Hid an idea',
  'idea.unhidden': 'Unhid an idea',
  'idea.approved': 'Approved an idea',
  'idea.comments_locked': 'Locked comments',
  'idea.comments_unlocked': 'Unlocked comments',
  'idea.deleted': 'Deleted an idea',
  'comment.hidden': 'Hid a comment',
  'comment.unhidden': 'Unhid a comment',
  'comment.deleted': 'Deleted a comment',
  'flags.dismissed': 'Dismissed flags',
  'user.suspended': 'Suspended a member',
  'user.unsuspended': 'Lifted a suspension',
  'user.role_changed': 'Changed a role',
  'user.email_changed': 'Changed an e-mail address',
  'user.data_exported': 'Downloaded their data',
  'user.deleted': 'Deleted an account',
  'duplicate_suggestion.dismissed': 'Dismissed a duplicate suggestion',
  'api_token.created': 'Created an API token',
  'api_token.revoked': 'Revoked an API token',
  'sso_settings.updated': 'Changed single sign-on',
  'vote.recorded_on_behalf': 'Recorded a vote for a customer',
  'changelog.published': 'Published release notes',
};

/** Subjects that are settings rather than content: what the Target column names, and where it links. */
export const SETTINGS_SUBJECTS: Readonly<Record<string, { label: string; to: string }>> = {
  sso_settings: { label: 'Single sign-on settings', to: '/admin/sso' },
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** The log's filters; all live in the URL (`action`, `actor`, `since`, `until` as YYYY-MM-DD, `until` included). */
export interface AuditFilters {
  action?: string;
  actorId?: string;
  since?: string;
  until?: string;
}

const FILTER_KEYS = { action: 'action', actorId: 'actor', since: 'since', until: 'until' } as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditFiltersFromQuery(query: LocationQuery): AuditFilters {
  const read = (key: string) => {
    const value = query[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const day = (key: string) => {
    const value = read(key);
    return value && ISO_DAY.test(value) ? value : undefined;
  };
  return { action: read('action'), actorId: read('actor'), since: day('since'), until: day('until') };
}

export function queryWithAuditFilters(filters: AuditFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const [key, param] of Object.entries(FILTER_KEYS) as Array<[keyof AuditFilters, string]>) {
    if (filters[key]) query[param] = filters[key];
  }
  return query;
}

/** The API's variables: whole UTC days, `until` included (so the API's exclusive end is the next midnight). */
export function auditVariables(filters: AuditFilters): Omit<AuditLogQueryVariables, 'after'> {
  const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString();
  return {
    first: 25,
    action: filters.action ?? null,
    actorId: filters.actorId ?? null,
    since: filters.since ? `${filters.since}T00:00:00.000Z` : null,
    until: filters.until ? nextDay(filters.until) : null,
  };
}

/** A date range where the end is before the start. */
export function filterErrors(filters: AuditFilters): Partial<Record<'until', string>> {
  return filters.since && filters.until && filters.until < filters.since
    ? { until: 'The end date must be on or after the start date.' }
    : {};
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  statusKey: 'Status',
  note: 'Note',
  role: 'Role',
  suspendedUntil: 'Suspended until',
  targetVoteCount: 'Votes on the target',
  movedVotes: 'Votes moved',
  removedVotes: 'Votes removed',
  openFlags: 'Open flags',
  mergedIntoId: 'Merged',
  oidcEnabled: 'OpenID Connect on',
  oidcIssuer: 'Issuer',
  oidcClientId: 'Client ID',
  oidcClientSecret: 'Client secret',
  oidcLabel: 'Button text',
  appEnabled: 'Identify from your app on',
  appSecret: 'App shared secret',
  appJwksUrl: 'App JWKS URL',
  appLoginUrl: 'App sign-in page',
};

function words(key: string): string {
  const spaced = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function valueText(key: string, value: unknown): string {
  if (key === 'mergedIntoId') return value ? 'yes' : 'no';
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }
  if (typeof value === 'string') return value.replaceAll('_', ' ');
  return String(value);
}

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * "Status: open → planned", one line per field that changed. Internal ids and scores are left
 * out (they mean nothing to a reader) unless named in KEY_LABELS; a field only after the
 * action shows as "→ value".
 */
export function changeSummary(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const before = parse(entry.before);
  const after = parse(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => key in KEY_LABELS || !(/Id$/.test(key) || /score/i.test(key)),
  );
  return keys.flatMap((key) => {
    const label = KEY_LABELS[key] ?? words(key);
    const inBefore = key in before;
    const inAfter = key in after;
    if (inBefore && inAfter && JSON.stringify(before[key]) === JSON.stringify(after[key])) return [];
    if (!inBefore) return key === 'note' && !after[key] ? [] : [`${label}: ${valueText(key, after[key])}`];
    if (!inAfter) return [`${label}: ${valueText(key, before[key])}`];
    return [`${label}: ${valueText(key, before[key])} → ${valueText(key, after[key])}`];
  });
}
