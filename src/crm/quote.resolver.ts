import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { Quote, QuoteLine } from './quote.entity';
import { Order } from './order.entity';
import { Account } from './account.entity';
import { QuoteInput, QuoteListArgs, QuoteUpdateInput } from './document.input';
import type { CrmContext } from './crm.context';

export const QuoteConnection = connectionType(Quote, 'QuoteConnection');

/** CRM quotes: queries, lines and the quote lifecycle (activate, revise, win). */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection) quotes(@Args() args: QuoteListArgs, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.list(args);
  }
  @Query(() => Quote, { nullable: true }) quote(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.get(id);
  }

  @Authorized('operator')
  @Mutation(() => Quote)
  createQuote(@Arg('input') input: QuoteInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Quote)
  updateQuote(@Arg('id', () => ID) id: string, @Arg('input') input: QuoteUpdateInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.update(id, input);
  }
  @Authorized('operator')
  @Mutation(() => Quote)
  activateQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.activate(id);
  }
  @Authorized('operator')
  @Mutation(() => Quote, { description: 'closes the quote and returns a new DRAFT revision (same quoteNumber, revisionNumber + 1)' })
  reviseQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.revise(id);
  }
  @Authorized('operator')
  @Mutation(() => Order, { description: 'closes an ACTIVE quote as WON and returns a new ACTIVE order for it (Order.quoteId)' })
  winQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.quotes.win(id);
  }

  @FieldResolver(() => Account, { nullable: true })
  customer(@Root() q: Quote, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.account.load(q.customerId);
  }
  @FieldResolver(() => [QuoteLine])
  lines(@Root() q: Quote, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.quoteLines.load(q.id);
  }
}
