import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'statuses' })
export class Status {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'board_id' }) boardId: string;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('text') color: string;
  @Column('integer') position: number;
  @Column('boolean', { name: 'accepts_votes' }) acceptsVotes: boolean;
  @Column('boolean', { name: 'is_closed' }) isClosed: boolean;
  @Column('boolean', { name: 'show_on_roadmap' }) showOnRoadmap: boolean;
}

/** The statuses every new board starts with; `key` is the stable handle integrators use. */
export const DEFAULT_STATUSES: ReadonlyArray<Omit<Status, 'id' | 'boardId'>> = [
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
