import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { FullSyncRecommendation, SyncJobStatus, SyncJobType, TableMappingName } from '../enums';

@InputType()
export class SyncJobFilter {
  @Field(() => TableMappingName, { nullable: true }) mapping?: TableMappingName;
  @Field(() => SyncJobStatus, { nullable: true }) status?: SyncJobStatus;
  @Field(() => SyncJobType, { nullable: true }) type?: SyncJobType;
}

@InputType()
export class FullSyncInput {
  @Field(() => [TableMappingName], { nullable: true }) mappings?: TableMappingName[];
}

/** What a full synchronization would do, computed without changing anything. */
@ObjectType()
export class SyncPreviewLine {
  @Field(() => TableMappingName) mapping!: TableMappingName;
  @Field(() => FullSyncRecommendation) recommendation!: FullSyncRecommendation;
  @Field(() => Int) erpRecords!: number;
  @Field(() => Int) crmRecords!: number;
  @Field(() => Int) alreadyCoupled!: number;
  @Field(() => Int, { description: "unique uncoupled match on the mapping's match fields" }) wouldCouple!: number;
  @Field(() => Int) wouldCreateInCrm!: number;
  @Field(() => Int) wouldCreateInErp!: number;
  @Field(() => Int, { description: 'several possible matches: left for a person to couple' }) ambiguous!: number;
  @Field(() => Int, { description: 'uncoupled records outside the mapping (a price with a minimum quantity): skipped, never created' }) wouldSkip!: number;
}
