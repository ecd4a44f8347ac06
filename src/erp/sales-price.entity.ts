import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

/** The price of an item or resource for a customer price group, unit and minimum quantity. */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('sales_price')
@Index('UQ_sales_price_key', ['customerPriceGroupCode', 'itemNo', 'resourceNo', 'unitOfMeasureCode', 'currencyCode', 'minimumQuantity'], { unique: true })
export class SalesPrice {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('IDX_sales_price_group') @Column({ type: 'varchar', length: ERP_LEN.shortCode }) customerPriceGroupCode!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) itemNo!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) resourceNo!: string | null;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.shortCode }) unitOfMeasureCode!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) currencyCode!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) minimumQuantity!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitPrice!: string;
  @Field() @Index('IDX_sales_price_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
