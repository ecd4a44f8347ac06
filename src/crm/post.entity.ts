import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A timeline post on a CRM record (an order's status changes from the back office). */
@ObjectType()
@Entity('post')
export class Post {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Field(() => ID) @Index('IDX_post_regarding') @Column({ type: 'varchar', length: 36 }) regardingId!: string;
  @Field() @Column({ type: 'text' }) text!: string;
  @Field() @Column({ type: 'datetime', precision: 3 }) createdOn!: Date;
}

/** A number sequence of the CRM ("ORD-00001", "QUO-00001"). */
@Entity('crm_sequence')
export class CrmSequence {
  @PrimaryColumn({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'integer' }) lastNo!: number;
}
