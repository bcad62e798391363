import type { FieldErrors } from '../../core/errors.js';
import { isStaff, type Viewer } from '../../core/viewer.js';

export const TITLE_MIN = 4;
export const TITLE_MAX = 120;
export const BODY_MAX = 10_000;
export const TAGS_MAX = 5;
const TAG = /^[a-z0-9-]{1,30}$/;

export interface IdeaFields {
  title?: string | null;
  body?: string | null;
  tags?: string[] | null;
}

export interface CleanIdeaFields {
  title?: string;
  body?: string;
  tags?: string[];
}

/**
 * Normalises the fields that are present (trimmed title, lower-cased unique tags) and
 * collects every problem at once, keyed by field, so a form can show them all together.
 */
export function cleanIdeaFields(input: IdeaFields): { value: CleanIdeaFields; errors: FieldErrors } {
  const value: CleanIdeaFields = {};
  const errors: FieldErrors = {};
  if (input.title !== undefined && input.title !== null) {
    value.title = input.title.trim();
    const length = [...value.title].length;
    if (length < TITLE_MIN) errors.title = `Title needs at least ${TITLE_MIN} characters.`;
    else if (length > TITLE_MAX) errors.title = `Title can have at most ${TITLE_MAX} characters.`;
  }
  if (input.body !== undefined && input.body !== null) {
    value.body = input.body;
    if ([...value.body].length > BODY_MAX) errors.body = `Description can have at most 10,000 characters.`;
  }
  if (input.tags !== undefined && input.tags !== null) {
    const tags = [...new Set(input.tags.map((tag) => tag.trim().toLowerCase()))];
    value.tags = tags;
    const bad = tags.filter((tag) => !TAG.test(tag));
    if (bad.length > 0) {
      errors.tags = `Tags use 1 to 30 characters from a-z, 0-9 and "-" (not ${bad
        .slice(0, 3)
        .map((t) => `"${t.slice(0, 40)}"`)
        .join(', ')}).`;
    } else if (tags.length > TAGS_MAX) {
      errors.tags = `Use at most ${TAGS_MAX} tags.`;
    }
  }
  return { value, errors };
}

/**
 * Who may edit an idea: moderators and above always; its author until staff first change its
 * status (after that the team has reviewed what the author wrote, and backers voted for it).
 */
export function mayEditIdea(viewer: Viewer | null, idea: { authorId: string; staffTouched: boolean }): boolean {
  return viewer !== null && (isStaff(viewer) || (viewer.id === idea.authorId && !idea.staffTouched));
}

/** Who may delete an idea: its author, and moderators and above. */
export function mayDeleteIdea(viewer: Viewer | null, idea: { authorId: string }): boolean {
  return viewer !== null && (isStaff(viewer) || viewer.id === idea.authorId);
}
