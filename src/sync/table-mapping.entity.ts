import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConflictResolution, DeletionConflictResolution, SyncDirection, TableMappingName } from './enums';
import { parseTransform, transformText } from './mappings/mapping-def';
import type { Transform } from './mappings/mapping-def';

/**
 * An integration table mapping's stored state: the settings admins change, the watermarks and the
 * job lease. Its tables, dependencies and match fields are copies of the registry
 * (mappings/registry/), which the engine reads.
 */
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
  /** The registry's match fields as "erpField=crmField" pairs (a copy; the engine reads the registry). */
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
  /** How values are carried; stored as the text it always had ('copy', 'ref:CUSTOMER', ...). */
  @Column({ type: 'varchar', length: 50, transformer: { to: (t: Transform) => transformText(t), from: (text: string) => parseTransform(text) } }) transform!: Transform;
}
