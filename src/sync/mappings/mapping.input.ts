import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ConflictResolution, DeletionConflictResolution, SyncDirection } from '../enums';

@InputType()
export class TableMappingUpdateInput {
  @Field(() => SyncDirection, { nullable: true }) direction?: SyncDirection;
  @Field({ nullable: true }) syncOnlyCoupledRecords?: boolean;
  @Field(() => ConflictResolution, { nullable: true }) conflictResolution?: ConflictResolution;
  @Field(() => DeletionConflictResolution, { nullable: true }) deletionConflictResolution?: DeletionConflictResolution;
}

@InputType()
export class FieldMappingUpdateInput {
  @Field(() => SyncDirection, { nullable: true }) direction?: SyncDirection;
  @Field({ nullable: true }) enabled?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(250) constantValue?: string | null;
}
