import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RATE, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

/** A currency with its exchange rate to the local currency. */
@ObjectType()
@Directive('@key(fields: "code")')
@Entity('currency')
export class Currency {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.shortCode }) code!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.description }) description!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...RATE, transformer: decimalTransformer }) exchangeRate!: string;
  @Field() @Index('IDX_currency_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
