import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'ideas' })
export class Idea {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'board_id' }) boardId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('uuid', { name: 'status_id' }) statusId: string;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text', { array: true }) tags: string[];
  @Column('integer', { name: 'vote_count' }) voteCount: number;
  @Column('integer', { name: 'comment_count' }) commentCount: number;
  @Column('double precision', { name: 'trend_score' }) trendScore: number;
  @Column('timestamptz', { name: 'staff_touched_at', nullable: true }) staffTouchedAt: Date | null;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId: string | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
