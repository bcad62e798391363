/** The events an endpoint can choose, in the order the form lists them, with what they mean. */
export const WEBHOOK_EVENTS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'idea.created', label: 'Idea submitted' },
  { value: 'idea.updated', label: 'Idea edited' },
  { value: 'idea.status_changed', label: 'Status changed' },
  { value: 'idea.merged', label: 'Idea merged' },
  { value: 'idea.deleted', label: 'Idea deleted' },
  { value: 'vote.cast', label: 'Vote cast' },
  { value: 'vote.retracted', label: 'Vote withdrawn' },
  { value: 'comment.created', label: 'Comment posted' },
  { value: 'comment.deleted', label: 'Comment deleted' },
];

export function eventLabel(event: string): string {
  return WEBHOOK_EVENTS.find((e) => e.value === event)?.label ?? event;
}

/** "Idea submitted, Vote cast" — or "All events" when every one is chosen. */
export function eventsSummary(events: readonly string[]): string {
  if (WEBHOOK_EVENTS.every((e) => events.includes(e.value))) return 'All events';
  return events.map(eventLabel).join(', ');
}

/** One delivery attempt in words: "Delivered (200) in 84 ms", "Failed: HTTP 500 after 1.2 s". */
export function deliveryOutcome(delivery: {
  succeeded: boolean;
  statusCode?: number | null;
  durationMs: number;
  error?: string | null;
}): string {
  const took =
    delivery.durationMs < 1000 ? `${delivery.durationMs} ms` : `${(delivery.durationMs / 1000).toFixed(1)} s`;
  if (delivery.succeeded) return `Delivered (${delivery.statusCode}) in ${took}`;
  return `Failed: ${delivery.error ?? `HTTP ${delivery.statusCode}`} after ${took}`;
}

/** A Slack mrkdwn line as plain text: `<url|title>` → `title`, entities decoded. */
export function plainSummary(summary: string): string {
  return summary
    .replace(/<[^|<>]+\|([^<>]*)>/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
