import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { DecimalScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY } from '../shared/decimal';
import { ERP_LEN } from './lengths';
import { CODE_MESSAGE, CODE_PATTERN } from './master-data.input';

/** Fields a customer shares between create and update. */
@InputType()
abstract class CustomerFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.address) address?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.city) city?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.postCode) postCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.shortCode) countryCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.phone) phoneNo?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(ERP_LEN.email) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.homePage) homePage?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.code) salespersonCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.shortCode) currencyCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.shortCode) customerPriceGroupCode?: string;
  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) creditLimit?: string;
}

@InputType()
export class CustomerInput extends CustomerFields {
  @Field(() => ID, { nullable: true, description: 'omitted: assigned from the customer number series' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: `no ${CODE_MESSAGE}` })
  @MaxLength(ERP_LEN.code)
  no?: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.name) name!: string;
}

@InputType()
export class CustomerUpdateInput extends CustomerFields {
  @Field({ nullable: true }) @IsOptional() @NotBlank() @MaxLength(ERP_LEN.name) name?: string;
  @Field({ nullable: true }) blocked?: boolean;
}

@InputType()
export class ContactInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(CODE_PATTERN, { message: `no ${CODE_MESSAGE}` }) @MaxLength(ERP_LEN.code) no?: string;
  @Field() @NotBlank() @MaxLength(ERP_LEN.name) name!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.code) customerNo?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.jobTitle) jobTitle?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(ERP_LEN.email) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(ERP_LEN.phone) phoneNo?: string;
}
