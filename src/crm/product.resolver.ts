import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionType } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Product } from './product.entity';
import { ProductInput, ProductUpdateInput } from './product.input';
import type { CrmContext } from './crm.context';

export const ProductConnection = connectionType(Product, 'ProductConnection');

/** Products (availability and coupling fields come from the sync subgraph). */
@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection) products(@Args() args: ListArgs, @Ctx() ctx: CrmContext) {
    return ctx.crm.products.list(args);
  }
  @Query(() => Product, { nullable: true }) product(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext) {
    return ctx.crm.products.get(id);
  }

  @Authorized('operator')
  @Mutation(() => Product)
  createProduct(@Arg('input') input: ProductInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.products.create(input);
  }
  @Authorized('operator')
  @Mutation(() => Product)
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input') input: ProductUpdateInput, @Ctx() ctx: CrmContext) {
    return ctx.crm.products.update(id, input);
  }
}
