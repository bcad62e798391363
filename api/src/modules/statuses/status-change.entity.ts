import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'status_changes' })
export class StatusChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'idea_id' }) ideaId: string;
  @Column('uuid', { name: 'from_status_id', nullable: true }) fromStatusId: string | null;
  @Column('uuid', { name: 'to_status_id' }) toStatusId: string;
  @Column('uuid', { name: 'changed_by_id' }) changedById: string;
  @Column('text') note: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
