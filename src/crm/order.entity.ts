import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { DocumentLineFields } from './document-line.entity';
import { CRM_LEN } from './lengths';
import { OrderState } from './states';

/** A CRM sales order (becomes an ERP sales order once submitted). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('crm_order')
export class Order {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('UQ_order_number', { unique: true }) @Column({ type: 'varchar', length: CRM_LEN.documentNumber }) orderNumber!: string;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.documentName }) name!: string;
  @Field(() => ID) @Index('IDX_order_customer') @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) priceListId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) transactionCurrencyId!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) requestDeliveryBy!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) dateFulfilled!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) lastBackofficeSubmit!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) quoteId!: string | null;
  @Field(() => OrderState) @Index('IDX_order_state') @Column({ type: 'varchar', length: 10 }) state!: OrderState;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) totalAmount!: string;
  @Field() @Index('IDX_order_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}

/** A line of a CRM order. */
@ObjectType()
@Entity('crm_order_line')
@Index('UQ_order_line', ['orderId', 'lineNumber'], { unique: true })
export class OrderLine extends DocumentLineFields {
  @Column({ type: 'varchar', length: 36 }) orderId!: string;
}
