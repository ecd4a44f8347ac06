import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SyncDirection, SyncJobStatus, SyncJobType, TableMappingName } from './enums';

/** One synchronization job of one mapping, with its counters. */
@ObjectType()
@Entity('sync_job')
@Index('IDX_sync_job_queued', ['queuedAt', 'id'])
export class SyncJob {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => TableMappingName) @Index('IDX_sync_job_mapping') @Column({ type: 'varchar', length: 30 }) mapping!: TableMappingName;
  @Field(() => SyncDirection) @Column({ type: 'varchar', length: 15 }) direction!: SyncDirection;
  @Field(() => SyncJobType) @Column({ type: 'varchar', length: 20 }) type!: SyncJobType;
  @Field(() => SyncJobStatus) @Index('IDX_sync_job_status') @Column({ type: 'varchar', length: 10 }) status!: SyncJobStatus;
  @Field() @Column({ type: 'datetime', precision: 3 }) queuedAt!: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', precision: 3, nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'datetime', precision: 3, nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'integer', nullable: true }) total!: number | null;
  @Field(() => Int) @Column({ type: 'integer' }) processed!: number;
  @Field(() => Int) @Column({ type: 'integer' }) inserted!: number;
  @Field(() => Int) @Column({ type: 'integer' }) modified!: number;
  @Field(() => Int) @Column({ type: 'integer' }) deleted!: number;
  @Field(() => Int) @Column({ type: 'integer' }) unchanged!: number;
  @Field(() => Int) @Column({ type: 'integer' }) skipped!: number;
  @Field(() => Int) @Column({ type: 'integer' }) failed!: number;
  @Field(() => Int) @Column({ type: 'integer' }) coupled!: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) message!: string | null;
  /** The full synchronization run this job belongs to, if any. */
  @Index('IDX_sync_job_run') @Column({ type: 'varchar', length: 36, nullable: true }) fullSyncRunId!: string | null;
  /**
   * The job this one is a part of (a key range of a full-sync job that several workers share), if
   * any. Parts are not listed on their own: their counters add up to their job's.
   */
  @Field(() => ID, { nullable: true, description: 'The job this one is a part of (a key range of a full pass that workers share)' })
  @Index('IDX_sync_job_parent')
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentJobId!: string | null;
  /** Job parameters (record ids, match fields...) and the resume checkpoint, as JSON. */
  @Column({ type: 'simple-json', nullable: true }) params!: Record<string, unknown> | null;
  @Column({ type: 'simple-json', nullable: true }) checkpoint!: Record<string, unknown> | null;
}

/**
 * Who works on a part of a job now, until when (renewed by a heartbeat): a part whose process died
 * is free once `until` passed. Kept apart from `sync_job`, whose rows the job's own saves rewrite.
 */
@Entity('sync_job_lease')
export class SyncJobLease {
  @PrimaryColumn({ type: 'varchar', length: 36 }) jobId!: string;
  /** One run of the part (a fresh id each time a process takes it up). */
  @Column({ type: 'varchar', length: 36 }) holder!: string;
  @Column({ type: 'datetime', precision: 3 }) until!: Date;
}

/** A record that failed in a job. */
@ObjectType()
@Entity('sync_job_error')
export class SyncJobError {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Index('IDX_sync_job_error_job') @Column({ type: 'varchar', length: 36 }) jobId!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) erpId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) crmId!: string | null;
  @Field() @Column({ type: 'text' }) message!: string;
  @Field() @Column({ type: 'datetime', precision: 3 }) createdAt!: Date;
}
