import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { Order, OrderLine } from './order.entity';
import { Account } from './account.entity';
import { Post } from './post.entity';
import { OrderInput, OrderListArgs } from './document.input';
import type { CrmContext } from './crm.context';

export const OrderConnection = connectionType(Order, 'OrderConnection');

/** CRM orders: queries, lines, timeline and the order actions. */
@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection) orders(@Args() args: OrderListArgs, @Ctx() ctx: CrmContext) {
    return ctx.crm.orders.list(args);
  }
  @Query(() => Order, { nullable: true }) order(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.orders.get(id);
  }

  @Authorized('operator')
  @Mutation(() => Order)
  createOrder(@Arg('input') input: OrderInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.orders.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Order)
  submitOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.orders.submit(id);
  }
  @Authorized('operator')
  @Mutation(() => Order)
  cancelOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.orders.cancel(id);
  }

  @FieldResolver(() => Account, { nullable: true })
  customer(@Root() o: Order, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.account.load(o.customerId);
  }
  @FieldResolver(() => [OrderLine])
  lines(@Root() o: Order, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.orderLines.load(o.id);
  }
  @FieldResolver(() => [Post])
  timeline(@Root() o: Order, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.postsByRegarding.load(o.id);
  }
}
