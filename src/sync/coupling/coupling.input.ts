import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { SyncDirection, SyncResult, TableMappingName } from '../enums';

@InputType()
export class CouplingFilter {
  @Field(() => TableMappingName, { nullable: true }) mapping?: TableMappingName;
  @Field({ nullable: true }) skipped?: boolean;
  @Field(() => SyncResult, { nullable: true }) lastSyncResult?: SyncResult;
}

@InputType()
export class CoupleInput {
  @Field(() => TableMappingName) mapping!: TableMappingName;
  @Field() @MaxLength(36) erpId!: string;
  @Field(() => ID) @MaxLength(36) crmId!: string;
  @Field(() => SyncDirection, { nullable: true, description: 'TO_CRM or FROM_CRM: overwrite one side right after coupling' })
  synchronize?: SyncDirection;
}

@InputType()
export class RecordRefInput {
  @Field(() => TableMappingName) mapping!: TableMappingName;
  @Field({ nullable: true }) @IsOptional() @MaxLength(36) erpId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) crmId?: string;
}

@InputType()
export class SynchronizeNowInput extends RecordRefInput {
  @Field(() => SyncDirection, { description: 'TO_CRM or FROM_CRM' }) direction!: SyncDirection;
}

@InputType()
export class MatchFieldInput {
  @Field() @MaxLength(50) erpField!: string;
  @Field() @MaxLength(50) crmField!: string;
}

@InputType()
export class MatchCouplingInput {
  @Field(() => TableMappingName) mapping!: TableMappingName;
  @Field(() => [MatchFieldInput]) @ArrayMinSize(1) @ArrayMaxSize(10) matchOn!: MatchFieldInput[];
  @Field({ nullable: true }) createIfNoMatch?: boolean;
  @Field(() => SyncDirection, { nullable: true }) synchronize?: SyncDirection;
}
