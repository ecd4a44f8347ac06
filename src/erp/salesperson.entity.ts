import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ERP_LEN } from './lengths';

/** A salesperson of the ERP (couples to a CRM SystemUser). */
@ObjectType()
@Directive('@key(fields: "code")')
@Entity('salesperson')
export class Salesperson {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) code!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.name }) name!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.email, nullable: true }) email!: string | null;
  @Field() @Index('IDX_salesperson_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
