import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RATE, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { CRM_LEN } from './lengths';

/** A CRM transaction currency (couples to an ERP currency). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('transaction_currency')
export class TransactionCurrency {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('UQ_transaction_currency_iso', { unique: true }) @Column({ type: 'varchar', length: CRM_LEN.isoCode }) isoCurrencyCode!: string;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.currencyName }) currencyName!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...RATE, transformer: decimalTransformer }) exchangeRate!: string;
  @Field() @Index('IDX_transaction_currency_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
