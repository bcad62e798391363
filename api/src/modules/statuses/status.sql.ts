import type { EntityManager } from 'typeorm';
import type { StatusModel } from './status.model.js';

/** Columns of a `statuses` row (alias `s`) as a StatusModel. */
export const STATUS_COLUMNS = `s.id, s.board_id AS "boardId", s.key, s.name, s.color, s.position,
  s.accepts_votes AS "acceptsVotes", s.is_closed AS "isClosed", s.show_on_roadmap AS "showOnRoadmap"`;

/** The statuses every new board starts with; `key` is the stable handle integrators use. */
export const DEFAULT_STATUSES: ReadonlyArray<Omit<StatusModel, 'id' | 'boardId'>> = [
  {
    key: 'open',
    name: 'Open',
    color: '#64748b',
    position: 0,
    acceptsVotes: true,
    isClosed: false,
    showOnRoadmap: false,
  },
  {
    key: 'under_review',
    name: 'Under review',
    color: '#d97706',
    position: 1,
    acceptsVotes: true,
    isClosed: false,
    showOnRoadmap: true,
  },
  {
    key: 'planned',
    name: 'Planned',
    color: '#2563eb',
    position: 2,
    acceptsVotes: true,
    isClosed: false,
    showOnRoadmap: true,
  },
  {
    key: 'in_progress',
    name: 'In progress',
    color: '#7c3aed',
    position: 3,
    acceptsVotes: true,
    isClosed: false,
    showOnRoadmap: true,
  },
  {
    key: 'done',
    name: 'Done',
    color: '#16a34a',
    position: 4,
    acceptsVotes: false,
    isClosed: true,
    showOnRoadmap: true,
  },
  {
    key: 'declined',
    name: 'Declined',
    color: '#dc2626',
    position: 5,
    acceptsVotes: false,
    isClosed: true,
    showOnRoadmap: false,
  },
];

/** Gives a new board the default statuses, inside the transaction that creates it. */
export async function insertDefaultStatuses(tx: EntityManager, boardId: string): Promise<void> {
  await tx.query(
    `INSERT INTO statuses (board_id, key, name, color, position, accepts_votes, is_closed, show_on_roadmap)
     SELECT $1, s.key, s.name, s.color, s.position, s.accepts_votes, s.is_closed, s.show_on_roadmap
       FROM jsonb_to_recordset($2::jsonb) AS s(key text, name text, color text, position int,
            accepts_votes boolean, is_closed boolean, show_on_roadmap boolean)`,
    [
      boardId,
      JSON.stringify(
        DEFAULT_STATUSES.map((s) => ({
          key: s.key,
          name: s.name,
          color: s.color,
          position: s.position,
          accepts_votes: s.acceptsVotes,
          is_closed: s.isClosed,
          show_on_roadmap: s.showOnRoadmap,
        })),
      ),
    ],
  );
}
