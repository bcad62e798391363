import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireRole } from '../../core/viewer.js';
import type { Viewer } from '../../core/viewer.js';
import { badInput } from '../../core/errors.js';
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
