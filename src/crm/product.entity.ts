import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { CRM_LEN } from './lengths';
import { ProductState, ProductType } from './states';

/** A CRM product (couples to an ERP item or resource). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('product')
export class Product {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('UQ_product_number', { unique: true }) @Column({ type: 'varchar', length: CRM_LEN.productNumber }) productNumber!: string;
  @Field() @Index('IDX_product_name') @Column({ type: 'varchar', length: CRM_LEN.productName }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.description, nullable: true }) description!: string | null;
  @Field(() => ProductType) @Column({ type: 'varchar', length: 20 }) productType!: ProductType;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) unitGroupId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) defaultUnitId!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @Column({ type: 'decimal', ...MONEY, nullable: true, transformer: decimalTransformer }) price!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @Column({ type: 'decimal', ...MONEY, nullable: true, transformer: decimalTransformer }) standardCost!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @Column({ type: 'decimal', ...MONEY, nullable: true, transformer: decimalTransformer }) quantityOnHand!: string | null;
  @Field(() => ProductState) @Column({ type: 'varchar', length: 10 }) state!: ProductState;
  @Field() @Index('IDX_product_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
