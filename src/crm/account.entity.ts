import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { CRM_LEN } from './lengths';
import { RecordState } from './states';

/** A CRM account (couples to an ERP customer). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('account')
export class Account {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('IDX_account_name') @Column({ type: 'varchar', length: CRM_LEN.name }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.accountNumber, nullable: true }) accountNumber!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.line, nullable: true }) address1Line1!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.city, nullable: true }) address1City!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.postalCode, nullable: true }) address1PostalCode!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.country, nullable: true }) address1Country!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.phone, nullable: true }) telephone1!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.email, nullable: true }) emailAddress1!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.url, nullable: true }) websiteUrl!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) ownerId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) transactionCurrencyId!: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) defaultPriceListId!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @Column({ type: 'decimal', ...MONEY, nullable: true, transformer: decimalTransformer }) creditLimit!: string | null;
  @Field(() => RecordState) @Column({ type: 'varchar', length: 10 }) state!: RecordState;
  @Field() @Index('IDX_account_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
