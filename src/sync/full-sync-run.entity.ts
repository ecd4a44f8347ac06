import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { FullSyncRecommendation, SyncDirection, SyncJobStatus, TableMappingName } from './enums';

/** A full synchronization run: one review line per mapping. */
@ObjectType()
@Entity('full_sync_run')
export class FullSyncRun {
  /** 'ACTIVE' while the run runs, else null: a unique index makes "one full sync at a time" a database rule. */
  @Index('UQ_full_sync_run_active', { unique: true }) @Column({ type: 'varchar', length: 10, nullable: true }) activeSlot!: string | null;
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => SyncJobStatus) @Column({ type: 'varchar', length: 10 }) status!: SyncJobStatus;
  @Field() @Index('IDX_full_sync_run_started') @Column({ type: 'datetime', precision: 3 }) startedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', precision: 3, nullable: true }) finishedAt!: Date | null;
}

/** A review line of a full synchronization run. */
@ObjectType('FullSyncReviewLine')
@Entity('full_sync_line')
export class FullSyncLine {
  @PrimaryColumn({ type: 'varchar', length: 36 }) runId!: string;
  @Field(() => TableMappingName) @PrimaryColumn({ type: 'varchar', length: 30 }) mapping!: TableMappingName;
  @Column({ type: 'integer' }) position!: number;
  @Field(() => [TableMappingName]) @Column({ type: 'simple-array' }) dependsOn!: TableMappingName[];
  @Field(() => SyncDirection) @Column({ type: 'varchar', length: 15 }) direction!: SyncDirection;
  @Field(() => FullSyncRecommendation) @Column({ type: 'varchar', length: 25 }) recommendation!: FullSyncRecommendation;
  @Field(() => SyncJobStatus) @Column({ type: 'varchar', length: 10 }) status!: SyncJobStatus;
  @Column({ type: 'varchar', length: 36, nullable: true }) toCrmJobId!: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) fromCrmJobId!: string | null;
  @Field(() => String, { nullable: true, description: 'why a line waits or failed' }) @Column({ type: 'text', nullable: true }) message!: string | null;
}
