import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The caller's role, as the API key (or loopback access) grants it. */
export enum ApiRole {
  VIEWER = 'viewer',
  OPERATOR = 'operator',
  ADMIN = 'admin',
}
registerEnumType(ApiRole, { name: 'Role', description: 'viewer reads; operator also runs business mutations and syncs; admin also changes mappings and the setup' });

/** How a mapping's synchronization is doing, as an operator reads it at a glance. */
export enum MappingSyncStatus {
  ON_TIME = 'ON_TIME',
  DELAYED = 'DELAYED',
  FAILING = 'FAILING',
  DISABLED = 'DISABLED',
}
registerEnumType(MappingSyncStatus, {
  name: 'MappingSyncStatus',
  description: 'DISABLED: synchronization is off in the connection setup; FAILING: the last finished job failed; DELAYED: no success within 3 sync intervals; ON_TIME otherwise',
});

/** What started a job. */
export enum SyncJobTrigger {
  PERSON = 'PERSON',
  SCHEDULE = 'SCHEDULE',
  FULL_SYNC = 'FULL_SYNC',
}
registerEnumType(SyncJobTrigger, {
  name: 'SyncJobTrigger',
  description: 'PERSON: an API call (a user or a script); SCHEDULE: the incremental scheduler; FULL_SYNC: a line of a full synchronization run',
});

/** Who is calling. */
@ObjectType({ description: 'the caller, as the gateway authenticated it' })
export class Me {
  @Field(() => ApiRole) role!: ApiRole;
}

/** Counts and freshness of one table mapping (the console's per-mapping health). */
@ObjectType({ description: "a mapping's record and coupling counts, last success, lag and status" })
export class TableMappingHealth {
  @Field(() => Int) erpRecords!: number;
  @Field(() => Int) crmRecords!: number;
  @Field(() => Int, { description: 'couplings (records joined across the systems)' }) coupled!: number;
  @Field(() => Int, { description: 'couplings skipped after failing the same way twice' }) skipped!: number;
  @Field(() => Int, { description: 'couplings whose last sync ended in a conflict' }) conflicts!: number;
  @Field(() => Int, { description: 'couplings whose last sync failed (skipped ones included)' }) failed!: number;
  @Field(() => Date, { nullable: true, description: 'when a job of this mapping last succeeded' }) lastSuccessAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'when a job of this mapping last finished, whatever its result' }) lastJobAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'seconds since the last success (null: never succeeded)' }) lagSeconds!: number | null;
  @Field(() => MappingSyncStatus) status!: MappingSyncStatus;
}
