import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

/** The longest CRM quote number (the CRM's document number length). */
export const CRM_QUOTE_NUMBER_LENGTH = 100;

/** An ERP sales quote header; its lines are SalesLine rows of document type QUOTE. */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('sales_quote')
export class SalesQuote {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Index('IDX_sales_quote_customer') @Column({ type: 'varchar', length: ERP_LEN.code }) sellToCustomerNo!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.externalDocumentNo, nullable: true }) externalDocumentNo!: string | null;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) documentDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) quoteValidUntil!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) currencyCode!: string | null;
  /**
   * The number of the CRM quote (all its revisions) this quote was processed from (null: entered in
   * the ERP). It outlives the coupling; unique, so one CRM quote yields one ERP quote.
   */
  @Field(() => String, { nullable: true, description: 'the CRM quote number this quote was processed from (kept after uncoupling)' })
  @Index('UQ_sales_quote_crm_quote', { unique: true })
  @Column({ type: 'varchar', length: CRM_QUOTE_NUMBER_LENGTH, nullable: true })
  crmQuoteNumber!: string | null;
  /** The CRM quote revision (its id) whose content this quote holds; null: entered in the ERP, or processed before revisions were kept. */
  @Column({ type: 'varchar', length: 36, nullable: true }) crmQuoteId!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) amount!: string;
  @Field() @Index('IDX_sales_quote_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}

/** An archived version of a sales quote, kept before a new CRM revision overwrites it. */
@ObjectType()
@Entity('sales_quote_archive')
export class SalesQuoteArchive {
  @Field() @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) quoteNo!: string;
  @Field(() => Int) @PrimaryColumn({ type: 'integer' }) versionNo!: number;
  @Field() @Column({ type: 'datetime', precision: 3 }) archivedAt!: Date;
  @Column({ type: 'varchar', length: ERP_LEN.code }) sellToCustomerNo!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.externalDocumentNo, nullable: true }) externalDocumentNo!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) quoteValidUntil!: string | null;
  @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) amount!: string;
}
