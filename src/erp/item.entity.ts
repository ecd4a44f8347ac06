import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

export enum ItemType {
  INVENTORY = 'INVENTORY',
  SERVICE = 'SERVICE',
  NON_INVENTORY = 'NON_INVENTORY',
}
registerEnumType(ItemType, { name: 'ItemType' });

/** An item (couples to a CRM product of type SALES_INVENTORY). Inventory changes only by adjustment. */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('item')
export class Item {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Index('IDX_item_description') @Column({ type: 'varchar', length: ERP_LEN.description }) description!: string;
  @Field(() => ItemType) @Column({ type: 'varchar', length: 20 }) type!: ItemType;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.shortCode }) baseUnitOfMeasureCode!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitPrice!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitCost!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) inventory!: string;
  @Field() @Column({ type: 'boolean' }) blocked!: boolean;
  @Field() @Index('IDX_item_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
