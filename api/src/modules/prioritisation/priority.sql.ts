/** Weight of a vote by the importance its member gave it (none said counts as nice to have). */
const VOTE_WEIGHT = `CASE d.importance WHEN 'must_have' THEN 3 WHEN 'important' THEN 2 ELSE 1 END`;

/** Votes weighted by importance, for idea `i`. */
export const weightedVotesOf = (i = 'i') =>
  `(SELECT coalesce(sum(${VOTE_WEIGHT}), 0)::double precision FROM votes v
     LEFT JOIN vote_details d ON d.idea_id = v.idea_id AND d.user_id = v.user_id WHERE v.idea_id = ${i}.id)`;

/**
 * The score of idea `i` by the formula admins chose (score_settings): RICE = reach × impact ×
 * confidence ÷ effort, reach being its backers (null until impact, confidence and effort are
 * set); or votes weighted by importance (must have 3, important 2, otherwise 1).
 */
export const scoreOf = (i = 'i') =>
  `(SELECT CASE st.formula
             WHEN 'rice' THEN (${i}.vote_count * p.impact * p.confidence / 100.0 / p.effort)::double precision
             ELSE ${weightedVotesOf(i)}
           END
      FROM score_settings st LEFT JOIN idea_priorities p ON p.idea_id = ${i}.id)`;

/** The score as a sort key: unscored ideas last (-1), every value exact to sort and page on. */
export const scoreSortKey = (i = 'i') => `coalesce(${scoreOf(i)}, -1)`;
