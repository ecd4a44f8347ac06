import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ERP_LEN } from './lengths';

/** A unit of measure (couples to a CRM unit group whose base unit has the same name). */
@ObjectType()
@Directive('@key(fields: "code")')
@Entity('unit_of_measure')
export class UnitOfMeasure {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.shortCode }) code!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.description }) description!: string;
  @Field() @Index('IDX_unit_of_measure_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
