import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { DocumentLineFields } from './document-line.entity';
import { CRM_LEN } from './lengths';
import { QuoteState } from './states';

/** A CRM quote revision (one row per revision; revisions share the quote number). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('quote')
@Index('UQ_quote_revision', ['quoteNumber', 'revisionNumber'], { unique: true })
export class Quote {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.documentNumber }) quoteNumber!: string;
  @Field(() => Int) @Column({ type: 'integer' }) revisionNumber!: number;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.documentName }) name!: string;
  @Field(() => ID) @Index('IDX_quote_customer') @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) priceListId!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) effectiveFrom!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) effectiveTo!: string | null;
  @Field(() => QuoteState) @Index('IDX_quote_state') @Column({ type: 'varchar', length: 10 }) state!: QuoteState;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) totalAmount!: string;
  @Field() @Index('IDX_quote_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}

/** A line of a CRM quote revision. */
@ObjectType()
@Entity('quote_line')
@Index('UQ_quote_line', ['quoteId', 'lineNumber'], { unique: true })
export class QuoteLine extends DocumentLineFields {
  @Column({ type: 'varchar', length: 36 }) quoteId!: string;
}
