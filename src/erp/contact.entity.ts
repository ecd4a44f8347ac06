import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ERP_LEN } from './lengths';

/** A contact person, usually of a customer (couples to a CRM contact). */
@ObjectType()
@Directive('@key(fields: "no")')
@Entity('contact')
export class Contact {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: ERP_LEN.code }) no!: string;
  @Field() @Column({ type: 'varchar', length: ERP_LEN.name }) name!: string;
  @Field(() => String, { nullable: true }) @Index('IDX_contact_customerNo') @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) customerNo!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.jobTitle, nullable: true }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.email, nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.phone, nullable: true }) phoneNo!: string | null;
  @Field() @Index('IDX_contact_modifiedAt') @Column({ type: 'datetime', precision: 3 }) modifiedAt!: Date;
}
