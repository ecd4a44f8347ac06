import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar, LocalDateScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

export enum SalesDocumentStatus {
  OPEN = 'OPEN',
  RELEASED = 'RELEASED',
}
registerEnumType(SalesDocumentStatus, { name: 'SalesDocumentStatus' });

/** An ERP sales order header; its lines are SalesLine rows of document type ORDER. */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('sales_order')
export class SalesOrder {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Index('IDX_sales_order_customer') @Column({ type: 'varchar', length: ERP_LEN.code }) sellToCustomerNo!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.externalDocumentNo, nullable: true }) externalDocumentNo!: string | null;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) orderDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) requestedDeliveryDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) lastShipmentDate!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) quoteNo!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) currencyCode!: string | null;
  /**
   * The CRM order this order was created from (null: entered in the ERP). It outlives the coupling,
   * so an uncoupled CRM order is never converted a second time; unique, so one CRM order yields one ERP order.
   */
  @Field(() => ID, { nullable: true, description: 'the CRM order this order was created from (kept after uncoupling)' })
  @Index('UQ_sales_order_crm_order', { unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  crmOrderId!: string | null;
  @Field(() => SalesDocumentStatus) @Column({ type: 'varchar', length: 10 }) status!: SalesDocumentStatus;
  @Field() @Column({ type: 'boolean' }) shipped!: boolean;
  @Field() @Column({ type: 'boolean' }) invoiced!: boolean;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) amount!: string;
  @Field() @Index('IDX_sales_order_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
