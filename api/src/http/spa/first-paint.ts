import type { InitialQuery } from './initial-data.js';

/**
 * A static first paint for index.html: the page's heading and its first text, built from the
 * embedded data, so a phone shows them before the app's code has run. The app replaces it in one
 * step when it mounts (web/src/main.ts); the classes are the web app's (styles/shell.css).
 */
export function firstPaintHtml(queries: InitialQuery[]): string | undefined {
  const board = field(dataOf(queries, 'Board'), 'board');
  const idea = field(dataOf(queries, 'IdeaDetail'), 'idea');
  if (board) {
    const name = text(board, 'name');
    const description = text(board, 'description');
    if (!name) return undefined;
    return shell(`<h1>${escapeHtml(name)}</h1>${description ? `<p class="muted">${escapeHtml(description)}</p>` : ''}`);
  }
  if (idea) {
    const title = text(idea, 'title');
    // bodyHtml is rendered and sanitised by the API (the app shows it with v-html too).
    const bodyHtml = text(idea, 'bodyHtml');
    if (!title) return undefined;
    return shell(
      `<h1>${escapeHtml(title)}</h1>${bodyHtml ? `<div class="prose app-shell__body">${bodyHtml}</div>` : ''}`,
    );
  }
  return undefined;
}

function shell(content: string): string {
  return `<div class="app-shell"><div class="app-shell__header"></div><div class="container app-shell__main">${content}</div></div>`;
}

function dataOf(queries: InitialQuery[], operationName: string): unknown {
  return queries.find((query) => query.operationName === operationName)?.data;
}

function field(value: unknown, name: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const inner = (value as Record<string, unknown>)[name];
  return inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
}

function text(value: Record<string, unknown>, name: string): string | undefined {
  const inner = value[name];
  return typeof inner === 'string' && inner.length > 0 ? inner : undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
