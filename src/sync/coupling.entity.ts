import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SyncResult, TableMappingName } from './enums';

/** A field changed on both sides since the last sync, to different values. */
@ObjectType()
export class FieldConflict {
  @Field() erpField!: string;
  @Field() crmField!: string;
  @Field(() => String, { nullable: true }) baseValue!: string | null;
  @Field(() => String, { nullable: true }) erpValue!: string | null;
  @Field(() => String, { nullable: true }) crmValue!: string | null;
}

/**
 * One ERP record joined to one CRM record of one mapping. The unique indexes make a record
 * impossible to couple twice, whatever the concurrency.
 */
@ObjectType()
@Entity('coupling')
@Index('UQ_coupling_erp', ['mapping', 'erpId'], { unique: true })
@Index('UQ_coupling_crm', ['mapping', 'crmId'], { unique: true })
// Every pass looks up a mapping's failed and pending couplings: indexed, so its cost does not grow with the store
// (the failed lookup names all four columns: SQLite's planner takes the index that matches them all).
@Index('IDX_coupling_failed', ['mapping', 'lastSyncResult', 'pending', 'skipped'])
@Index('IDX_coupling_pending', ['mapping', 'pending'])
export class Coupling {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => TableMappingName) @Column({ type: 'varchar', length: 30 }) mapping!: TableMappingName;
  @Field() @Column({ type: 'varchar', length: 36 }) erpId!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) crmId!: string;
  @Field() @Column({ type: 'datetime', precision: 3 }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', precision: 3, nullable: true }) lastSyncedAt!: Date | null;
  @Field(() => SyncResult, { nullable: true }) @Column({ type: 'varchar', length: 10, nullable: true }) lastSyncResult!: SyncResult | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) lastSyncError!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) lastSyncJobId!: string | null;
  @Field() @Column({ type: 'boolean' }) skipped!: boolean;
  @Field(() => [FieldConflict]) @Column({ type: 'simple-json' }) conflicts!: FieldConflict[];
  /** The mapped values both sides had after the last successful sync (the base of three-way merges). */
  @Column({ type: 'simple-json', nullable: true }) baseValues!: Record<string, [string | null, string | null]> | null;
  /** True while the record in the other system is being created under an id chosen beforehand. */
  @Column({ type: 'boolean' }) pending!: boolean;
  /**
   * The modification times of both records as the engine last wrote or read them: a record whose
   * time still equals its stamp has not changed since (the engine's own writes never come back as changes).
   */
  @Column({ type: 'datetime', precision: 3, nullable: true }) erpStamp!: Date | null;
  @Column({ type: 'datetime', precision: 3, nullable: true }) crmStamp!: Date | null;
  /** How many times in a row the last error repeated (two identical failures set `skipped`). */
  @Column({ type: 'integer' }) failureCount!: number;
}
