import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Account } from './account.entity';
import { CrmContact } from './crm-contact.entity';
import { SystemUser } from './system-user.entity';
import { AccountInput, AccountUpdateInput, CrmContactInput } from './account.input';
import type { CrmContext } from './crm.context';
import { entityNeeds, pageColumns } from '../shared/selection';

export const AccountConnection = connectionType(Account, 'AccountConnection');

/** What Account's fields read of its row: its columns, and the columns of the field resolvers below. */
export const ACCOUNT_NEEDS = entityNeeds(Account, 'Account', { owner: ['ownerId'], contacts: ['id'] }, ['id']);

/** Accounts and CRM contacts. */
@Resolver(() => Account)
export class AccountResolver {
  @Query(() => AccountConnection) accounts(@Args() args: ListArgs, @Ctx() ctx: CrmContext, @Info() info: GraphQLResolveInfo) {
    return ctx.crm.accounts.list(args, pageColumns(info, ACCOUNT_NEEDS()));
  }
  @Query(() => Account, { nullable: true }) account(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.get(id);
  }
  @Query(() => CrmContact, { nullable: true }) crmContact(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.contact(id);
  }

  @Authorized('operator')
  @Mutation(() => Account)
  createAccount(@Arg('input') input: AccountInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Account)
  updateAccount(@Arg('id', () => ID) id: string, @Arg('input') input: AccountUpdateInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.update(id, input);
  }
  @Authorized('operator')
  @Mutation(() => Boolean)
  deleteAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.delete(id);
  }
  @Authorized('operator')
  @Mutation(() => CrmContact)
  createCrmContact(@Arg('input') input: CrmContactInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.accounts.createContact(input);
  }

  @FieldResolver(() => SystemUser, { nullable: true })
  owner(@Root() a: Account, @Ctx() ctx: CrmContext) {
    return a.ownerId ? ctx.crmLoaders.systemUser.load(a.ownerId) : null;
  }
  @FieldResolver(() => [CrmContact])
  contacts(@Root() a: Account, @Ctx() ctx: CrmContext) {
    return ctx.crmLoaders.contactsByAccount.load(a.id);
  }
}
