import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { DecimalScalar } from '../shared/scalars';
import { Item } from './item.entity';
import { Resource } from './resource.entity';
import { ItemInput, ItemUpdateInput, ResourceInput } from './item.input';
import type { ErpContext } from './erp.context';

export const ItemConnection = connectionType(Item, 'ItemConnection');
export const ResourceConnection = connectionType(Resource, 'ResourceConnection');

/** Items and resources. */
@Resolver()
export class ItemResolver {
  @Query(() => ItemConnection) items(@Args() args: ListArgs, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.list(args);
  }
  @Query(() => Item, { nullable: true }) item(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.get(no);
  }
  @Query(() => ResourceConnection) resources(@Args() args: ListArgs, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.listResources(args);
  }
  @Query(() => Resource, { nullable: true }) resource(@Arg('no', () => ID) no: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.resource(no);
  }

  @Authorized('operator')
  @Mutation(() => Item)
  createItem(@Arg('input') input: ItemInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Item)
  updateItem(@Arg('no', () => ID) no: string, @Arg('input') input: ItemUpdateInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.update(no, input);
  }
  @Authorized('operator')
  @Mutation(() => Item)
  adjustItemInventory(@Arg('no', () => ID) no: string, @Arg('delta', () => DecimalScalar) delta: string, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.adjustInventory(no, delta);
  }
  @Authorized('operator')
  @Mutation(() => Resource)
  createResource(@Arg('input') input: ResourceInput, @Ctx() ctx: ErpContext) {
    return ctx.erp.items.createResource(input);
  }
}
