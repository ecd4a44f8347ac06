import { ArgsType, Field } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from './pagination';

/** Arguments of the searchable master-data lists (customers, items, accounts, products...). */
@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'case-insensitive substring of the name or number' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'only records modified after this instant' })
  modifiedSince?: Date;
}
