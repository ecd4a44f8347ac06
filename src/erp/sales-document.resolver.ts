import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs } from '../shared/pagination';
import { Customer } from './customer.entity';
import { SalesOrder } from './sales-order.entity';
import { SalesQuote, SalesQuoteArchive } from './sales-quote.entity';
import { SalesLineFields } from './sales-line.entity';
import { SalesOrderUpdateInput } from './item.input';
import type { ErpContext } from './erp.context';

export const SalesOrderConnection = connectionType(SalesOrder, 'SalesOrderConnection');
export const SalesQuoteConnection = connectionType(SalesQuote, 'SalesQuoteConnection');

/** Sales orders: queries, lines and the order actions. */
@Resolver(() => SalesOrder)
export class SalesOrderResolver {
  @Query(() => SalesOrderConnection) salesOrders(@Args() args: PageArgs, @Ctx() ctx: ErpContext) {
    return ctx.erp.documents.orders(args);
  }
  @Query(() => SalesOrder, { nullable: true }) salesOrder(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.documents.order(no);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() o: SalesOrder, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.customer.load(o.sellToCustomerNo);
  }
  @FieldResolver(() => [SalesLineFields])
  lines(@Root() o: SalesOrder, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.orderLines.load(o.no);
  }

  @Authorized('operator')
  @Mutation(() => SalesOrder)
  updateSalesOrder(@Arg('no', () => ID) no: string, @Arg('input') input: SalesOrderUpdateInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.documentWriter.update(no, input);
  }
  @Authorized('operator')
  @Mutation(() => SalesOrder)
  releaseSalesOrder(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.documentWriter.release(no);
  }
  @Authorized('operator')
  @Mutation(() => SalesOrder)
  shipSalesOrder(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.documentWriter.ship(no);
  }
  @Authorized('operator')
  @Mutation(() => SalesOrder)
  invoiceSalesOrder(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.documentWriter.invoice(no);
  }
}

/** Sales quotes and their archived versions. */
@Resolver(() => SalesQuote)
export class SalesQuoteResolver {
  @Query(() => SalesQuoteConnection) salesQuotes(@Args() args: PageArgs, @Ctx() ctx: ErpContext) {
    return ctx.erp.documents.quotes(args);
  }
  @Query(() => SalesQuote, { nullable: true }) salesQuote(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.documents.quote(no);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() q: SalesQuote, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.customer.load(q.sellToCustomerNo);
  }
  @FieldResolver(() => [SalesLineFields])
  lines(@Root() q: SalesQuote, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.quoteLines.load(q.no);
  }
  @FieldResolver(() => [SalesQuoteArchive])
  archivedVersions(@Root() q: SalesQuote, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.archivesByQuote.load(q.no);
  }
}

/** Lines of an archived quote version. */
@Resolver(() => SalesQuoteArchive)
export class SalesQuoteArchiveResolver {
  @FieldResolver(() => [SalesLineFields])
  lines(@Root() a: SalesQuoteArchive, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.archiveLines.load(`${a.quoteNo}\u0000${a.versionNo}`);
  }
}
