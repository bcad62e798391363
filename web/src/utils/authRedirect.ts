import type { LocationQuery, LocationQueryValue, RouteLocationRaw } from 'vue-router';

/** What a visitor was doing when asked to sign in; the target page finishes it. */
export type AuthIntent = 'vote' | 'comment';

const INTENTS: readonly string[] = ['vote', 'comment'] satisfies AuthIntent[];

/** The sign-in page, remembering where to go back to and what to finish there. */
export function signInLocation(next: string, intent?: AuthIntent): RouteLocationRaw {
  return { name: 'sign-in', query: intent ? { next, intent } : { next } };
}

function first(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : undefined;
}

/** A same-site path to return to; anything else (absent, "//evil.example", "https:…") goes home. */
export function safeNext(query: LocationQuery): string {
  const next = first(query.next);
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function intentFrom(query: LocationQuery): AuthIntent | undefined {
  const intent = first(query.intent);
  return intent && INTENTS.includes(intent) ? (intent as AuthIntent) : undefined;
}

/** Where to go after signing in: the `next` path, carrying the intent in its query. */
export function afterSignIn(query: LocationQuery): string {
  const next = safeNext(query);
  const intent = intentFrom(query);
  if (!intent) return next;
  return `${next}${next.includes('?') ? '&' : '?'}intent=${intent}`;
}
