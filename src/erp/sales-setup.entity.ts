import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ERP_LEN } from './lengths';

export enum WriteInProductType {
  ITEM = 'ITEM',
  RESOURCE = 'RESOURCE',
}
registerEnumType(WriteInProductType, { name: 'WriteInProductType' });

/** Sales & Receivables Setup: one row (id 'SETUP'). */
@ObjectType()
@Entity('sales_setup')
export class SalesSetup {
  @PrimaryColumn({ type: 'varchar', length: 10 }) id!: string;
  @Field(() => WriteInProductType, { nullable: true }) @Column({ type: 'varchar', length: 10, nullable: true }) writeInProductType!: WriteInProductType | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: ERP_LEN.code, nullable: true }) writeInProductNo!: string | null;
}
