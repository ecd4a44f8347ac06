import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Customer } from './customer.entity';
import { Contact } from './contact.entity';
import { Salesperson } from './salesperson.entity';
import { ContactInput, CustomerInput, CustomerUpdateInput } from './customer.input';
import type { ErpContext } from './erp.context';
import { entityNeeds, pageColumns } from '../shared/selection';

export const CustomerConnection = connectionType(Customer, 'CustomerConnection');

/** What Customer's fields read of its row: its columns, and the columns of the field resolvers below. */
export const CUSTOMER_NEEDS = entityNeeds(Customer, 'Customer', { salesperson: ['salespersonCode'], contacts: ['no'] }, ['no']);

/** Customers and contacts. */
@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection) customers(@Args() args: ListArgs, @Ctx() ctx: ErpContext, @Info() info: GraphQLResolveInfo) {
    return ctx.erp.customers.list(args, pageColumns(info, CUSTOMER_NEEDS()));
  }
  @Query(() => Customer, { nullable: true }) customer(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.get(no);
  }
  @Query(() => Contact, { nullable: true }) contact(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.contact(no);
  }

  @Authorized('operator')
  @Mutation(() => Customer)
  createCustomer(@Arg('input') input: CustomerInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Customer)
  updateCustomer(@Arg('no', () => ID) no: string, @Arg('input') input: CustomerUpdateInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.update(no, input);
  }
  @Authorized('operator')
  @Mutation(() => Boolean)
  deleteCustomer(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.delete(no);
  }
  @Authorized('operator')
  @Mutation(() => Contact)
  createContact(@Arg('input') input: ContactInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.customers.createContact(input);
  }

  @FieldResolver(() => Salesperson, { nullable: true })
  salesperson(@Root() c: Customer, @Ctx() ctx: ErpContext) {
    return c.salespersonCode ? ctx.erpLoaders.salesperson.load(c.salespersonCode) : null;
  }
  @FieldResolver(() => [Contact])
  contacts(@Root() c: Customer, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.contactsByCustomer.load(c.no);
  }
}
