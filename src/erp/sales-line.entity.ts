import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

export enum SalesLineType {
  ITEM = 'ITEM',
  RESOURCE = 'RESOURCE',
  COMMENT = 'COMMENT',
}
registerEnumType(SalesLineType, { name: 'SalesLineType' });

/** Which document a sales line belongs to. */
export enum SalesDocumentType {
  ORDER = 'ORDER',
  QUOTE = 'QUOTE',
}

/** The line fields shared by live and archived sales lines. */
@ObjectType('SalesLine')
export abstract class SalesLineFields {
  @Field(() => Int) @PrimaryColumn({ type: 'integer' }) lineNo!: number;
  @Field(() => SalesLineType) @Column({ type: 'varchar', length: 10 }) type!: SalesLineType;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) no!: string | null;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.description }) description!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) quantity!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) unitOfMeasureCode!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitPrice!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) lineDiscountAmount!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) amount!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) quantityShipped!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) quantityInvoiced!: string;
}

/** A line of a sales order or sales quote. */
@Entity('sales_line')
export class SalesLine extends SalesLineFields {
  @PrimaryColumn({ type: 'varchar', length: 10 }) documentType!: SalesDocumentType;
  @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) documentNo!: string;
}

/** A line of an archived sales quote version. */
@Entity('sales_line_archive')
export class SalesLineArchive extends SalesLineFields {
  @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) quoteNo!: string;
  @PrimaryColumn({ type: 'integer' }) versionNo!: number;
}
