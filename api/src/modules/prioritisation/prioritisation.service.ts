import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound, type FieldErrors } from '../../core/errors.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import { canReadIdea } from '../access/access.js';
import type { IdeaModel } from '../ideas/idea.model.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { ScoreFormula, ScoreSettingsModel, SetIdeaPriorityInput } from './priority.model.js';

export const IMPACTS = [0.25, 0.5, 1, 2, 3];

/** Every problem with the estimates, keyed by field. */
function priorityFieldErrors(input: SetIdeaPriorityInput): FieldErrors {
  const fields: FieldErrors = {};
  if (input.impact != null && !IMPACTS.includes(input.impact)) fields.impact = 'Impact is 0.25, 0.5, 1, 2 or 3.';
  if (input.confidence != null && !(input.confidence >= 0 && input.confidence <= 100)) {
    fields.confidence = 'Confidence is a percentage from 0 to 100.';
  }
  if (input.effort != null && !(input.effort > 0 && input.effort <= 1000)) {
    fields.effort = 'Effort is more than 0 and at most 1,000 person-months.';
  }
  return fields;
}

/** Priority estimates (product managers set them) and the score formula (admins choose it). */
@Injectable()
export class PrioritisationService {
  constructor(
    private readonly db: DataSource,
    private readonly ideas: IdeasService,
  ) {}

  async setPriority(viewer: Viewer | null, input: SetIdeaPriorityInput): Promise<IdeaModel> {
    const actor = requireRole(viewer, 'product_manager');
    const fields = priorityFieldErrors(input);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    if (!(await canReadIdea(this.db, actor, input.ideaId))) throw notFound('Idea');
    await this.db.query(
      `INSERT INTO idea_priorities (idea_id, impact, confidence, effort, updated_by_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idea_id) DO UPDATE SET impact = EXCLUDED.impact, confidence = EXCLUDED.confidence,
         effort = EXCLUDED.effort, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [input.ideaId, input.impact ?? null, input.confidence ?? null, input.effort ?? null, actor.id],
    );
    return this.ideas.get(actor, input.ideaId);
  }

  async settings(viewer: Viewer | null): Promise<ScoreSettingsModel> {
    requireRole(viewer, 'moderator');
    const [settings] = await this.db.query<ScoreSettingsModel[]>(`SELECT formula FROM score_settings`);
    return settings;
  }

  async setFormula(viewer: Viewer | null, formula: ScoreFormula): Promise<ScoreSettingsModel> {
    requireRole(viewer, 'admin');
    await this.db.query(`UPDATE score_settings SET formula = $1, updated_at = now()`, [formula]);
    return { formula };
  }
}
