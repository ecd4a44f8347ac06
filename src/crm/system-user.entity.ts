import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CRM_LEN } from './lengths';

/** A CRM user (couples to an ERP salesperson; owns accounts). */
@ObjectType()
@Directive('@key(fields: "id")')
@Entity('system_user')
export class SystemUser {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field() @Index('IDX_system_user_fullName') @Column({ type: 'varchar', length: CRM_LEN.fullName }) fullName!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: CRM_LEN.email, nullable: true }) email!: string | null;
  @Field() @Column({ type: 'boolean' }) isDisabled!: boolean;
  @Field() @Index('IDX_system_user_modifiedOn') @Column({ type: 'datetime', precision: 3 }) modifiedOn!: Date;
}
