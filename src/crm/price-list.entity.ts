import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { CRM_LEN } from './lengths';

/** A CRM price list (couples to an ERP customer price group). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('price_list')
export class PriceList {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('UQ_price_list_name', { unique: true }) @Column({ type: 'varchar', length: CRM_LEN.productName }) name!: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) transactionCurrencyId!: string | null;
  @Field() @Index('IDX_price_list_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}

/** The price of a product in a unit on a price list (couples to an ERP sales price). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('price_list_item')
@Index('UQ_price_list_item', ['priceListId', 'productId', 'unitId'], { unique: true })
export class PriceListItem {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) priceListId!: string;
  @Field(() => ID) @Index('IDX_price_list_item_product') @Column({ type: 'varchar', length: 36 }) productId!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) unitId!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) amount!: string;
  @Field() @Index('IDX_price_list_item_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
