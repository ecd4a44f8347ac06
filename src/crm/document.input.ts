import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { DecimalFits, NotBlank } from '../shared/validation';
import { MONEY } from '../shared/decimal';
import { PageArgs } from '../shared/pagination';
import { CRM_LEN } from './lengths';
import { OrderState, QuoteState } from './states';
import { ID_MAX } from './master-data.input';

/** The most lines one order or quote may carry. */
export const MAX_DOCUMENT_LINES = 500;

/** A line of an order or quote: a catalogue product (productId) or a write-in product (productDescription). */
@InputType()
export class DocumentLineInput {
  @Field(() => ID, { nullable: true, description: 'a catalogue product; omit it for a write-in product' })
  @IsOptional()
  @MaxLength(ID_MAX)
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'required for a write-in line; any length' })
  @IsOptional()
  @MaxLength(CRM_LEN.writeInDescription)
  productDescription?: string | null;

  @Field(() => DecimalScalar) @DecimalFits(MONEY, { min: 0 }) quantity!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) unitId?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'omitted: taken from the price list, else from the product' })
  @DecimalFits(MONEY, { min: 0 })
  pricePerUnit?: string | null;

  @Field(() => DecimalScalar, { nullable: true }) @DecimalFits(MONEY, { min: 0 }) manualDiscountAmount?: string | null;
}

@InputType()
export class OrderInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.documentName) name!: string;
  @Field(() => ID) @MaxLength(ID_MAX) customerId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) priceListId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) transactionCurrencyId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) requestDeliveryBy?: string | null;
  @Field(() => [DocumentLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_DOCUMENT_LINES)
  @ValidateNested({ each: true })
  lines?: DocumentLineInput[] | null;
}

@InputType()
export class QuoteInput {
  @Field() @NotBlank() @MaxLength(CRM_LEN.documentName) name!: string;
  @Field(() => ID) @MaxLength(ID_MAX) customerId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(ID_MAX) priceListId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveTo?: string | null;
  @Field(() => [DocumentLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_DOCUMENT_LINES)
  @ValidateNested({ each: true })
  lines?: DocumentLineInput[] | null;
}

/** A quote patch, only while the quote is DRAFT; `lines`, when given, replaces all lines. */
@InputType()
export class QuoteUpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @NotBlank() @MaxLength(CRM_LEN.documentName) name?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveTo?: string | null;
  @Field(() => [DocumentLineInput], { nullable: true, description: 'replaces all lines; only while the quote is DRAFT' })
  @IsOptional()
  @ArrayMaxSize(MAX_DOCUMENT_LINES)
  @ValidateNested({ each: true })
  lines?: DocumentLineInput[] | null;
}

/** `orders(first, after, state)`. */
@ArgsType()
export class OrderListArgs extends PageArgs {
  @Field(() => OrderState, { nullable: true }) state?: OrderState | null;
}

/** `quotes(first, after, state)`. */
@ArgsType()
export class QuoteListArgs extends PageArgs {
  @Field(() => QuoteState, { nullable: true }) state?: QuoteState | null;
}
