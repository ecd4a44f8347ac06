import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

/** An ERP customer (couples to a CRM account). */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('customer')
export class Customer {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Index('IDX_customer_name') @Column({ type: 'varchar', length: ERP_LEN.name }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.address, nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.city, nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.postCode, nullable: true }) postCode!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) countryCode!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.phone, nullable: true }) phoneNo!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.email, nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.homePage, nullable: true }) homePage!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) salespersonCode!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) currencyCode!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.shortCode, nullable: true }) customerPriceGroupCode!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) creditLimit!: string;
  @Field() @Column({ type: 'boolean' }) blocked!: boolean;
  @Field() @Index('IDX_customer_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
