import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { ERP_LEN } from './lengths';

/** A resource (a person or machine sold by time; couples to a CRM product of type SERVICES). */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('resource')
export class Resource {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Index('IDX_resource_name') @Column({ type: 'varchar', length: ERP_LEN.name }) name!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.shortCode }) baseUnitOfMeasureCode!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitPrice!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) unitCost!: string;
  @Field() @Column({ type: 'boolean' }) blocked!: boolean;
  @Field() @Index('IDX_resource_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
