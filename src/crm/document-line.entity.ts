import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';

/** The fields every CRM document line has (order lines and quote lines). */
@ObjectType()
export abstract class DocumentLineFields {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => Int) @Column({ type: 'integer' }) lineNumber!: number;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) productId!: string | null;
  @Field() @Column({ type: 'boolean' }) isWriteIn!: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) productDescription!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) quantity!: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'varchar', length: 36, nullable: true }) unitId!: string | null;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) pricePerUnit!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) manualDiscountAmount!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) extendedAmount!: string;
}
