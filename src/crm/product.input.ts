import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { DecimalScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY } from '../shared/decimal';
import { CRM_LEN } from './lengths';
import { ProductState, ProductType } from './states';
import { ID_MAX } from './master-data.input';

@InputType()
export class ProductInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.productNumber) productNumber!: string;
  @Field() @NotBlank() @MaxLength(CRM_LEN.productName) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.description) description?: string | null;
  @Field(() => ProductType, { nullable: true }) productType?: ProductType | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) unitGroupId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) defaultUnitId?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) price?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) standardCost?: string | null;
}

/** A product patch: omitted fields stay; null clears description, price or standardCost. */
@InputType()
export class ProductUpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(CRM_LEN.productName) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.description) description?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) price?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) standardCost?: string | null;
  @Field(() => ProductState, { nullable: true }) state?: ProductState | null;
}
