import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ERP_LEN } from './lengths';

/** A customer price group (couples to a CRM price list); its prices are SalesPrice rows. */
@ObjectType()
@Directive('@key(fields: "code")')
@Entity('customer_price_group')
export class CustomerPriceGroup {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.shortCode }) code!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.description }) description!: string;
  @Field() @Index('IDX_customer_price_group_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
