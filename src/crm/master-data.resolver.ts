import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SystemUser } from './system-user.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { Unit, UnitGroup } from './unit-group.entity';
import { PriceList, PriceListItem } from './price-list.entity';
import { PriceListInput, PriceListItemInput, SystemUserInput, TransactionCurrencyInput, UnitGroupInput } from './master-data.input';
import type { CrmContext } from './crm.context';

/** System users, transaction currencies, unit groups and price lists. */
@Resolver()
export class CrmMasterDataResolver {
  @Query(() => [SystemUser]) systemUsers(@Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.systemUsers();
  }
  @Query(() => SystemUser, { nullable: true }) systemUser(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.systemUser(id);
  }
  @Query(() => [TransactionCurrency]) transactionCurrencies(@Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.transactionCurrencies();
  }
  @Query(() => TransactionCurrency, { nullable: true }) transactionCurrency(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.transactionCurrency(id);
  }
  @Query(() => [UnitGroup]) unitGroups(@Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.unitGroups();
  }
  @Query(() => UnitGroup, { nullable: true }) unitGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.unitGroup(id);
  }
  @Query(() => [PriceList]) priceLists(@Ctx() ctx: CrmContext) {
    return ctx.crm.priceLists.list();
  }
  @Query(() => PriceList, { nullable: true }) priceList(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.priceLists.get(id);
  }

  @Authorized('operator')
  @Mutation(() => SystemUser)
  createSystemUser(@Arg('input') input: SystemUserInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.createSystemUser(input);
  }
  @Authorized('operator')
  @Mutation(() => TransactionCurrency)
  createTransactionCurrency(@Arg('input') input: TransactionCurrencyInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.createTransactionCurrency(input);
  }
  @Authorized('operator')
  @Mutation(() => UnitGroup)
  createUnitGroup(@Arg('input') input: UnitGroupInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.masterData.createUnitGroup(input);
  }
  @Authorized('operator')
  @Mutation(() => PriceList)
  createPriceList(@Arg('input') input: PriceListInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.priceLists.create(input);
  }
  @Authorized('operator')
  @Mutation(() => PriceListItem)
  createPriceListItem(@Arg('input') input: PriceListItemInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.priceLists.createItem(input);
  }
}

/** The units of a unit group. */
@Resolver(() => UnitGroup)
export class UnitGroupResolver {
  @FieldResolver(() => [Unit])
  units(@Root() group: UnitGroup, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.unitsByGroup.load(group.id);
  }
}

/** The items of a price list. */
@Resolver(() => PriceList)
export class PriceListResolver {
  @FieldResolver(() => [PriceListItem])
  items(@Root() list: PriceList, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.itemsByPriceList.load(list.id);
  }
}
