import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY } from '../shared/decimal';
import { ERP_LEN } from './lengths';
import { CODE_MESSAGE, CODE_PATTERN } from './master-data.input';
import { ItemType } from './item.entity';

@InputType()
export class ItemInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(CODE_PATTERN, { message: `no ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.code) no?: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.description) description!: string;
  @Field(() => ItemType, { nullable: true }) type?: ItemType;
  @Field() @NotBlank() @MaxLength(ERP_LEN.shortCode) baseUnitOfMeasureCode!: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitPrice?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitCost?: string;
}

@InputType()
export class ItemUpdateInput {
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.description) description?: string;
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.shortCode) baseUnitOfMeasureCode?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitPrice?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitCost?: string;
  @Field({ nullable: true }) blocked?: boolean;
}

@InputType()
export class ResourceInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(CODE_PATTERN, { message: `no ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.code) no?: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.name) name!: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.shortCode) baseUnitOfMeasureCode!: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitPrice?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) unitCost?: string;
}

@InputType()
export class SalesOrderUpdateInput {
  @Field(() => LocalDateScalar, { nullable: true }) requestedDeliveryDate?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.externalDocumentNo) externalDocumentNo?: string;
}
