import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CRM_LEN } from './lengths';

/** A CRM contact, usually of an account (couples to an ERP contact). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('contact')
export class CrmContact {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('IDX_contact_fullName') @Column({ type: 'varchar', length: CRM_LEN.fullName }) fullName!: string;
  @Field(() => ID, { nullable: true }) @Index('IDX_contact_parentAccountId') @Column({ type: 'varchar', length: 36, nullable: true }) parentAccountId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.jobTitle, nullable: true }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.email, nullable: true }) emailAddress1!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.phone, nullable: true }) telephone1!: string | null;
  @Field() @Index('IDX_contact_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
