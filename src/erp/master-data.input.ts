import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { DecimalScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY, RATE } from '../shared/decimal';
import { ERP_LEN } from './lengths';
import { WriteInProductType } from './sales-setup.entity';

/** ERP codes: upper-case letters, digits and - _ . / (as Business Central keeps them). */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_\-./]*$/;
export const CODE_MESSAGE = 'must be upper-case letters, digits and - _ . / only';

@InputType()
export class SalespersonInput {
  @Field(() => ID) @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.code) code!: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.name) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(ERP_LEN.email) email?: string;
}

@InputType()
export class SalespersonUpdateInput {
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.name) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(ERP_LEN.email) email?: string;
}

@InputType()
export class CurrencyInput {
  @Field(() => ID) @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.shortCode) code!: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.description) description!: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(RATE, { min: 0 }) exchangeRate?: string;
}

@InputType()
export class UnitOfMeasureInput {
  @Field(() => ID) @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.shortCode) code!: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.description) description!: string;
}

@InputType()
export class CustomerPriceGroupInput {
  @Field(() => ID) @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.shortCode) code!: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.description) description!: string;
}

@InputType()
export class SalesPriceInput {
  @Field() @NotBlank() @MaxLength(ERP_LEN.shortCode) customerPriceGroupCode!: string;
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.code) itemNo?: string;
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.code) resourceNo?: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.shortCode) unitOfMeasureCode!: string;
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.shortCode) currencyCode?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) minimumQuantity?: string;
  @Field(() => DecimalScalar) @DecimalFits(MONEY, { min: 0 }) unitPrice!: string;
}

@InputType()
export class SalesSetupInput {
  @Field(() => WriteInProductType, { nullable: true }) writeInProductType?: WriteInProductType;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.code) writeInProductNo?: string;
}
