import { computed } from 'vue';
import { RevokeSessionDocument, SessionsDocument, type SessionsQuery } from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export type Session = SessionsQuery['sessions'][number];

/** The browsers signed in to the viewer's account, and ending one. */
export function useSessions() {
  const query = useQuery(SessionsDocument, {});
  const revoke = useMutation(RevokeSessionDocument, { invalidates: ['Sessions'] });
  return { ...query, sessions: computed(() => query.data.value?.sessions ?? []), revoke };
}

const BROWSERS: ReadonlyArray<[RegExp, string]> = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Windows", "Safari on iOS"… from a User-Agent; the raw string (shortened) when unknown. */
export function describeBrowser(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown browser';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return userAgent.length > 60 ? `${userAgent.slice(0, 59)}…` : userAgent;
  return system ? `${browser} on ${system}` : browser;
}
