import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { DecimalScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY } from '../shared/decimal';
import { CRM_LEN } from './lengths';
import { RecordState } from './states';
import { ID_MAX } from './master-data.input';

/** Fields an account shares between create and update (null clears an optional field on update). */
@InputType()
abstract class AccountFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.accountNumber) accountNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.line) address1Line1?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.city) address1City?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.postalCode) address1PostalCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.country) address1Country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.phone) telephone1?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(CRM_LEN.email) emailAddress1?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.url) websiteUrl?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) transactionCurrencyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) defaultPriceListId?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) creditLimit?: string | null;
}

@InputType()
export class AccountInput extends AccountFields {
  @Field() @NotBlank() @MaxLength(CRM_LEN.name) name!: string;
}

@InputType()
export class AccountUpdateInput extends AccountFields {
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(CRM_LEN.name) name?: string | null;
  @Field(() => RecordState, { nullable: true }) state?: RecordState | null;
}

@InputType()
export class CrmContactInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.fullName) fullName!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) parentAccountId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.jobTitle) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(CRM_LEN.email) emailAddress1?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(CRM_LEN.phone) telephone1?: string | null;
}
