import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { DecimalScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY, RATE } from '../shared/decimal';
import { CRM_LEN } from './lengths';

/** Longest id string accepted before the services check it is a UUID (keeps junk out of error messages). */
export const ID_MAX = 100;

@InputType()
export class SystemUserInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.fullName) fullName!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(CRM_LEN.email) email?: string | null;
}

@InputType()
export class TransactionCurrencyInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.isoCode) isoCurrencyCode!: string;
  @Field() @NotBlank() @MaxLength(CRM_LEN.currencyName) currencyName!: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(RATE, { min: 0 }) exchangeRate?: string | null;
}

@InputType()
export class UnitGroupInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.unitName) name!: string;
  @Field() @NotBlank() @MaxLength(CRM_LEN.unitName) baseUnitName!: string;
}

@InputType()
export class PriceListInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.productName) name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) transactionCurrencyId?: string | null;
}

@InputType()
export class PriceListItemInput {
  @Field(() => ID) @MaxLength(ID_MAX) priceListId!: string;
  @Field(() => ID) @MaxLength(ID_MAX) productId!: string;
  @Field(() => ID) @MaxLength(ID_MAX) unitId!: string;
  @Field(() => DecimalScalar) @DecimalFits(MONEY, { min: 0 }) amount!: string;
}
