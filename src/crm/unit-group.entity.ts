import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MONEY, decimalTransformer } from '../shared/decimal';
import { DecimalScalar } from '../shared/scalars';
import { CRM_LEN } from './lengths';

/** A CRM unit group (couples to an ERP unit of measure by its base unit's name). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('unit_group')
export class UnitGroup {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('UQ_unit_group_name', { unique: true }) @Column({ type: 'varchar', length: CRM_LEN.unitName }) name!: string;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.unitName }) baseUnitName!: string;
  @Field() @Index('IDX_unit_group_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}

/** A unit of a unit group; `quantity` is how many base units it holds (1 for the base unit). */
@ObjectType()
@Entity('unit')
@Index('UQ_unit_group_unit', ['unitGroupId', 'name'], { unique: true })
export class Unit {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) unitGroupId!: string;
  @Field() @Column({ type: 'varchar', length: CRM_LEN.unitName }) name!: string;
  @Field(() => DecimalScalar) @Column({ type: 'decimal', ...MONEY, transformer: decimalTransformer }) quantity!: string;
}
