import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Salesperson } from './salesperson.entity';
import { Currency } from './currency.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { CustomerPriceGroup } from './customer-price-group.entity';
import { SalesPrice } from './sales-price.entity';
import { SalesSetup } from './sales-setup.entity';
import { CurrencyInput, CustomerPriceGroupInput, SalesPriceInput, SalespersonInput, SalespersonUpdateInput, SalesSetupInput, UnitOfMeasureInput } from './master-data.input';
import type { ErpContext } from './erp.context';

/** Code tables, sales prices and the sales setup. */
@Resolver()
export class MasterDataResolver {
  @Query(() => [Salesperson]) salespeople(@Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.salespeople();
  }
  @Query(() => Salesperson, { nullable: true }) salesperson(@Arg('code', () => ID) code: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.salesperson(code);
  }
  @Query(() => [Currency]) currencies(@Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.currencies();
  }
  @Query(() => Currency, { nullable: true }) currency(@Arg('code', () => ID) code: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.currency(code);
  }
  @Query(() => [UnitOfMeasure]) unitsOfMeasure(@Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.unitsOfMeasure();
  }
  @Query(() => UnitOfMeasure, { nullable: true }) unitOfMeasure(@Arg('code', () => ID) code: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.unitOfMeasure(code);
  }
  @Query(() => [CustomerPriceGroup]) customerPriceGroups(@Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.customerPriceGroups();
  }
  @Query(() => CustomerPriceGroup, { nullable: true }) customerPriceGroup(@Arg('code', () => ID) code: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.customerPriceGroup(code);
  }
  @Query(() => SalesPrice, { nullable: true }) salesPrice(@Arg('id', () => ID) id: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.salesPrices.get(id);
  }
  @Query(() => SalesSetup) salesSetup(@Ctx() ctx: ErpContext) {
    return ctx.erp.salesSetup.get();
  }

  @Authorized('operator')
  @Mutation(() => Salesperson)
  createSalesperson(@Arg('input') input: SalespersonInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.createSalesperson(input);
  }
  @Authorized('operator')
  @Mutation(() => Salesperson)
  updateSalesperson(@Arg('code', () => ID) code: string, @Arg('input') input: SalespersonUpdateInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.updateSalesperson(code, input);
  }
  @Authorized('operator')
  @Mutation(() => Currency)
  createCurrency(@Arg('input') input: CurrencyInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.createCurrency(input);
  }
  @Authorized('operator')
  @Mutation(() => UnitOfMeasure)
  createUnitOfMeasure(@Arg('input') input: UnitOfMeasureInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.createUnitOfMeasure(input);
  }
  @Authorized('operator')
  @Mutation(() => CustomerPriceGroup)
  createCustomerPriceGroup(@Arg('input') input: CustomerPriceGroupInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.masterData.createCustomerPriceGroup(input);
  }
  @Authorized('operator')
  @Mutation(() => SalesPrice)
  createSalesPrice(@Arg('input') input: SalesPriceInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.salesPrices.create(input);
  }
  @Authorized('operator')
  @Mutation(() => SalesSetup)
  updateSalesSetup(@Arg('input') input: SalesSetupInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.salesSetup.update(input);
  }
}

/** The prices of a customer price group. */
@Resolver(() => CustomerPriceGroup)
export class CustomerPriceGroupResolver {
  @FieldResolver(() => [SalesPrice])
  prices(@Root() group: CustomerPriceGroup, @Ctx() ctx: ErpContext) {
    return ctx.erpLoaders.pricesByGroup.load(group.code);
  }
}
