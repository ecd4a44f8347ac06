import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { ConnectionSetup } from '../connection-setup.entity';
import { FieldMappingUpdateInput, TableMappingUpdateInput } from './mapping.input';
import { ConnectionSetupInput } from './connection-setup.service';
import type { SyncContext } from '../sync.context';

/** Integration table mappings and the connection setup (changes need the admin role). */
@Resolver(() => TableMapping)
export class MappingResolver {
  @Query(() => [TableMapping]) tableMappings(@Ctx() ctx: SyncContext) {
    return ctx.sync.mappings.list();
  }
  @Query(() => TableMapping, { nullable: true })
  tableMapping(@Arg('name', () => TableMappingName) name: TableMappingName, @Ctx() ctx: SyncContext) {
    return ctx.sync.mappings.get(name);
  }
  @Query(() => ConnectionSetup) connectionSetup(@Ctx() ctx: SyncContext) {
    return ctx.sync.setup.get();
  }

  @FieldResolver(() => [FieldMapping])
  fieldMappings(@Root() m: TableMapping, @Ctx() ctx: SyncContext) {
    return ctx.syncLoaders.fieldsByMapping.load(m.name);
  }

  @Authorized('admin')
  @Mutation(() => TableMapping)
  updateTableMapping(@Arg('name', () => TableMappingName) name: TableMappingName, @Arg('input') input: TableMappingUpdateInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.mappings.updateTable(name, input);
  }
  @Authorized('admin')
  @Mutation(() => FieldMapping)
  updateFieldMapping(
    @Arg('mapping', () => TableMappingName) mapping: TableMappingName,
    @Arg('erpField') erpField: string,
    @Arg('input') input: FieldMappingUpdateInput,
    @Ctx() ctx: SyncContext,
  ) {
    return ctx.sync.mappings.updateField(mapping, erpField, input);
  }
  @Authorized('admin')
  @Mutation(() => ConnectionSetup)
  updateConnectionSetup(@Arg('input') input: ConnectionSetupInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.setup.update(input);
  }
}
