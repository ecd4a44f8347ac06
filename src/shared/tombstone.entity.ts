import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A deleted record, kept in the store it was deleted from so the sync engine can tell a
 * coupling's record is gone by reading what changed since its watermark (not by scanning).
 */
@Entity('deleted_record')
@Index('IDX_deleted_record_at', ['tableName', 'deletedAt'])
export class DeletedRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 50 }) tableName!: string;
  @Column({ type: 'varchar', length: 36 }) recordKey!: string;
  @Column({ type: 'datetime', precision: 3 }) deletedAt!: Date;
}
