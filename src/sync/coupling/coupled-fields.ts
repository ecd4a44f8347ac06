import { TableMappingName as M } from '../enums';
import { MAPPINGS } from '../mappings/registry';
import type { SyncContext } from '../sync.context';

type Ref = Record<string, string>;
type FieldFn = (root: Ref, args: unknown, ctx: SyncContext) => unknown;

/**
 * The sync subgraph's share of the ERP and CRM entities: `coupling`, `coupledX` and
 * `Product.availability`, declared as SDL entity stubs (the owning subgraphs define every other
 * field) and resolved through per-request coupling loaders.
 */
export function coupledFieldsSchema(): { sdl: string; resolvers: Record<string, Record<string, FieldFn>> } {
  const types = new Map<string, { key: string; fields: string[]; resolvers: Record<string, FieldFn> }>();
  const typeOf = (name: string, key: string) => {
    if (!types.has(name)) {
      types.set(name, {
        key,
        fields: [`${key}: ID!`, 'coupling: Coupling'],
        resolvers: { __resolveReference: (ref: Ref) => ref },
      });
    }
    return types.get(name)!;
  };
  // The mappings of each CRM type (Product has two: items and resources), each adding its own `coupledX` field.
  const shared = new Map<string, M[]>();
  for (const { name, erp: e, crm: c } of MAPPINGS) {
    const erp = typeOf(e.table, e.key);
    erp.fields.push(`${e.coupledField}: ${c.table}`);
    erp.resolvers.coupling = (root, _a, ctx) => ctx.syncLoaders.couplingByErp.load(`${name}\u0000${root[e.key]}`);
    erp.resolvers[e.coupledField] = (root, _a, ctx) =>
      ctx.syncLoaders.crmIdByErp.load(`${name}\u0000${root[e.key]}`).then((crmId) => (crmId ? { __typename: c.table, [c.key]: crmId } : null));
    const crm = typeOf(c.table, c.key);
    crm.fields.push(`${c.coupledField}: ${e.table}`);
    crm.resolvers[c.coupledField] = (root, _a, ctx) =>
      ctx.syncLoaders.erpIdByCrm.load(`${name}\u0000${root[c.key]}`).then((erpId) => (erpId ? { __typename: e.table, [e.key]: erpId } : null));
    shared.set(c.table, [...(shared.get(c.table) ?? []), name]);
  }
  // A CRM record couples in one of its type's mappings only (a product to an item or to a resource): its coupling is whichever exists.
  for (const [table, names] of shared) {
    const { key } = types.get(table)!;
    types.get(table)!.resolvers.coupling = async (root, _a, ctx) => {
      const found = await Promise.all(names.map((m) => ctx.syncLoaders.couplingByCrm.load(`${m}\u0000${root[key]}`)));
      return found.find((c) => c) ?? null;
    };
  }
  const product = types.get('Product')!;
  product.fields.push('"""live inventory of the coupled ERP item; null when not coupled to an item"""\n  availability: Decimal');
  product.resolvers.availability = async (root, _a, ctx) => {
    const erpId = await ctx.syncLoaders.erpIdByCrm.load(`${M.ITEM_PRODUCT}\u0000${root.id}`);
    return erpId ? ctx.syncLoaders.itemInventory.load(erpId) : null;
  };
  const sdl = [...types.entries()].map(([name, t]) => `type ${name} @key(fields: "${t.key}") {\n  ${t.fields.join('\n  ')}\n}`).join('\n\n');
  return { sdl, resolvers: Object.fromEntries([...types.entries()].map(([n, t]) => [n, t.resolvers])) };
}
