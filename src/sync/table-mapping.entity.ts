import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConflictResolution, DeletionConflictResolution, SyncDirection, TableMappingName } from './enums';

/** An integration table mapping: which ERP table pairs with which CRM table, and how they sync. */
@ObjectType()
@Entity('table_mapping')
export class TableMapping {
  @Field(() => TableMappingName) @PrimaryColumn({ type: 'varchar', length: 30 }) name!: TableMappingName;
  @Column({ type: 'integer' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 50 }) erpTable!: string;
  @Field() @Column({ type: 'varchar', length: 50 }) crmTable!: string;
  @Field(() => SyncDirection) @Column({ type: 'varchar', length: 15 }) direction!: SyncDirection;
  @Field() @Column({ type: 'boolean' }) syncOnlyCoupledRecords!: boolean;
  @Field(() => [TableMappingName]) @Column({ type: 'simple-array' }) dependsOn!: TableMappingName[];
  @Field(() => ConflictResolution) @Column({ type: 'varchar', length: 20 }) conflictResolution!: ConflictResolution;
  @Field(() => DeletionConflictResolution) @Column({ type: 'varchar', length: 20 }) deletionConflictResolution!: DeletionConflictResolution;
  /** Match fields used by full synchronization's COUPLE_RECORDS step, "erpField=crmField" pairs. */
  @Column({ type: 'simple-array' }) matchFields!: string[];
  /** Incremental sync reads records modified after these instants (null: never synced). */
  @Column({ type: 'datetime', precision: 3, nullable: true }) erpWatermark!: Date | null;
  @Column({ type: 'datetime', precision: 3, nullable: true }) crmWatermark!: Date | null;
  /** The job that processes this mapping now, and until when its lease holds (two jobs never share a mapping). */
  @Column({ type: 'varchar', length: 36, nullable: true }) lockedBy!: string | null;
  @Column({ type: 'datetime', precision: 3, nullable: true }) lockedUntil!: Date | null;
}

/** A field mapping of a table mapping; its direction is bounded by the table mapping's. */
@ObjectType()
@Entity('field_mapping')
export class FieldMapping {
  @PrimaryColumn({ type: 'varchar', length: 30 }) mapping!: TableMappingName;
  @Field() @PrimaryColumn({ type: 'varchar', length: 50 }) erpField!: string;
  @Column({ type: 'integer' }) position!: number;
  @Field() @Column({ type: 'varchar', length: 50 }) crmField!: string;
  @Field(() => SyncDirection) @Column({ type: 'varchar', length: 15 }) direction!: SyncDirection;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 250, nullable: true }) constantValue!: string | null;
  @Field() @Column({ type: 'boolean' }) enabled!: boolean;
  /** How values are carried: 'copy', or 'ref:MAPPING' (translated through that mapping's couplings). */
  @Column({ type: 'varchar', length: 50 }) transform!: string;
}
