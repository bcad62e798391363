import type { DataSource } from 'typeorm';
import type { IdeaModel } from '../ideas/idea.model.js';
import { VISIBLE_IDEA } from '../ideas/idea-visibility.js';
import { IDEA_COLUMNS } from '../ideas/ideas.service.js';

/** Visible ideas by id, in key order (null when deleted, hidden or pending). */
export async function visibleIdeasById(db: DataSource, ids: readonly string[]): Promise<Array<IdeaModel | null>> {
  const found = await db.query<IdeaModel[]>(
    `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = ANY($1::uuid[]) AND ${VISIBLE_IDEA}`,
    [[...ids]],
  );
  const map = new Map(found.map((idea) => [idea.id, idea]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The visible ideas merged into each target, most votes first, in key order. */
export async function mergedIdeasOf(db: DataSource, targetIds: readonly string[]): Promise<IdeaModel[][]> {
  const found = await db.query<IdeaModel[]>(
    `SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.merged_into_id = ANY($1::uuid[]) AND ${VISIBLE_IDEA}
      ORDER BY i.vote_count DESC, i.id DESC`,
    [[...targetIds]],
  );
  const byTarget = new Map<string, IdeaModel[]>();
  for (const idea of found) byTarget.set(idea.mergedIntoId!, [...(byTarget.get(idea.mergedIntoId!) ?? []), idea]);
  return targetIds.map((id) => byTarget.get(id) ?? []);
}
