import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per member per idea: the primary key is what makes a vote count once. */
@Entity({ name: 'votes' })
export class Vote {
  @PrimaryColumn('uuid', { name: 'idea_id' }) ideaId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
