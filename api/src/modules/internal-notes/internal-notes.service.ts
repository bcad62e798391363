import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../common/auth/roles.js';
import type { Viewer } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { AddInternalNoteInput, InternalNoteModel } from './internal-note.model.js';

export const INTERNAL_NOTE_COLUMNS = `n.id, n.idea_id AS "ideaId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt"`;
const BODY_MAX = 5000;

/** Staff-only notes (moderators and above). Members never reach them: Idea.internalNotes is null for them. */
@Injectable()
export class InternalNotesService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
  ) {}

  async add(viewer: Viewer | null, input: AddInternalNoteInput): Promise<InternalNoteModel> {
    const author = requireRole(viewer, 'moderator');
    const body = input.body.trim();
    if (body.length === 0) throw badInput({ body: 'Write something first.' });
    if ([...body].length > BODY_MAX) throw badInput({ body: `Use at most ${BODY_MAX} characters.` });
    await this.ideas.get(author, input.ideaId);
    const [note] = await this.db.query<InternalNoteModel[]>(
      `INSERT INTO internal_notes AS n (idea_id, author_id, body) VALUES ($1, $2, $3) RETURNING ${INTERNAL_NOTE_COLUMNS}`,
      [input.ideaId, author.id, body],
    );
    return note;
  }
}

/** Notes of each idea, oldest first, in key order: one statement for a whole page of ideas. */
export async function notesOf(db: DataSource, ideaIds: readonly string[]): Promise<InternalNoteModel[][]> {
  const found = await db.query<InternalNoteModel[]>(
    `SELECT ${INTERNAL_NOTE_COLUMNS} FROM internal_notes n WHERE n.idea_id = ANY($1::uuid[]) ORDER BY n.created_at, n.id`,
    [[...ideaIds]],
  );
  const byIdea = new Map<string, InternalNoteModel[]>();
  for (const note of found) byIdea.set(note.ideaId, [...(byIdea.get(note.ideaId) ?? []), note]);
  return ideaIds.map((id) => byIdea.get(id) ?? []);
}
