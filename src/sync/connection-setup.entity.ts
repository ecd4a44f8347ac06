import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The connection setup: one row (id 'SETUP'). */
@ObjectType()
@Entity('connection_setup')
export class ConnectionSetup {
  @PrimaryColumn({ type: 'varchar', length: 10 }) id!: string;
  @Field() @Column({ type: 'boolean' }) isEnabled!: boolean;
  @Field() @Column({ type: 'boolean' }) autoCreateSalesOrders!: boolean;
  @Field() @Column({ type: 'boolean' }) autoProcessQuotes!: boolean;
  @Field(() => Int) @Column({ type: 'integer' }) syncIntervalSeconds!: number;
}
