import DataLoader from 'dataloader';
import { groupByKey } from '../../core/sql/by-key.js';
import { defineLoaders } from '../../core/request-loaders.js';
import type { InternalNoteModel } from './internal-note.model.js';
import { INTERNAL_NOTE_COLUMNS } from './internal-notes.service.js';

/** Per-request loaders of internal notes (resolved only for staff). */
export const internalNoteLoaders = defineLoaders((db) => ({
  /** Idea id → its staff-only notes, oldest first: one statement for a whole page of ideas. */
  byIdeaId: new DataLoader<string, InternalNoteModel[]>(async (ideaIds) => {
    const found = await db.query<InternalNoteModel[]>(
      `SELECT ${INTERNAL_NOTE_COLUMNS} FROM internal_notes n WHERE n.idea_id = ANY($1::uuid[]) ORDER BY n.created_at, n.id`,
      [[...ideaIds]],
    );
    return groupByKey(ideaIds, found, (note) => note.ideaId);
  }),
}));
