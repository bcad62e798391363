import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  IdeaPriorityDocument,
  SetIdeaPriorityDocument,
  SetScoreFormulaDocument,
  type ScoreFormula,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

/** RICE's impact scale. */
export const IMPACT_CHOICES = [
  { value: 0.25, label: 'Minimal (0.25)' },
  { value: 0.5, label: 'Low (0.5)' },
  { value: 1, label: 'Medium (1)' },
  { value: 2, label: 'High (2)' },
  { value: 3, label: 'Massive (3)' },
] as const;

export const FORMULA_LABELS: Record<ScoreFormula, string> = {
  RICE: 'RICE: reach × impact × confidence ÷ effort',
  WEIGHTED_VOTES: 'Votes weighted by importance',
};

/** An idea's priority estimates and score (staff), and the mutation product managers set them with. */
export function usePriority(ideaId: MaybeRefOrGetter<string>) {
  const query = useQuery(IdeaPriorityDocument, () => ({ id: toValue(ideaId) }));
  const save = useMutation(SetIdeaPriorityDocument, { invalidates: ['IdeaPriority', 'TriageIdeas'] });
  return {
    ...query,
    priority: computed(() => query.data.value?.idea?.priority ?? undefined),
    formula: computed(() => query.data.value?.scoreSettings.formula),
    save,
  };
}

/** Admins choose the site's formula: every score shown changes with it. */
export const useSetScoreFormula = () =>
  useMutation(SetScoreFormulaDocument, { invalidates: ['IdeaPriority', 'TriageIdeas'] });
