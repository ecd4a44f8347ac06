import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { EntityTarget, getMetadataArgsStorage, ObjectLiteral } from 'typeorm';
import type { PartialLoaders } from './repository';

/**
 * What the GraphQL fields of one entity type read of its row, so a read can load only the columns
 * a query selects (a row's values are most of a list's SQL time on SQLite: 50 rows of 16 columns
 * took about four times as long as of two).
 */
export interface RowNeeds {
  /** The GraphQL object type of the entity (fragments on it apply; on other object types they do not). */
  readonly typeName: string;
  /** The entity's column properties: a field of the same name reads that column, and only it. */
  readonly columns: ReadonlySet<string>;
  /** Fields resolved from other columns (field resolvers): the columns each one reads. */
  readonly derived: Readonly<Record<string, readonly string[]>>;
  /** Columns read whatever is selected (the key). */
  readonly always: readonly string[];
}

/** The needs of an entity type: its column properties, the columns of its field resolvers, its key. */
export function rowNeeds(typeName: string, columns: Iterable<string>, derived: Record<string, readonly string[]>, always: readonly string[]): RowNeeds {
  return { typeName, columns: new Set(columns), derived, always };
}

/**
 * The needs of a TypeORM entity whose GraphQL fields are its column properties (type-graphql's
 * `@Field` on each) plus the field resolvers named in `derived`; read from the entity's decorators
 * on first use. A field resolver left out of `derived` is an unknown field: whole rows are read.
 */
export function entityNeeds(entity: abstract new () => object, typeName: string, derived: Record<string, readonly string[]>, always: readonly string[]): () => RowNeeds {
  let needs: RowNeeds | undefined;
  return () =>
    (needs ??= rowNeeds(
      typeName,
      getMetadataArgsStorage()
        .columns.filter((c) => c.target === entity || (typeof c.target === 'function' && entity.prototype instanceof c.target))
        .map((c) => c.propertyName)
        .filter((p) => !(p in derived)),
      derived,
      always,
    ));
}

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The columns the selections of an object of `needs.typeName` read, or undefined when a selection
 * is not known to read only named columns (an undeclared field, a fragment on an abstract type):
 * the caller then reads whole rows. Fragments on other object types are left out (an `_entities`
 * call selects several types side by side).
 */
export function columnsOf(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments'>, sets: readonly SelectionSetNode[], needs: RowNeeds): string[] | undefined {
  const out = new Set<string>(needs.always);
  const applies = (condition: string | undefined): boolean | undefined => {
    if (!condition || condition === needs.typeName) return true;
    return isObjectType(info.schema.getType(condition)) ? false : undefined;
  };
  const walk = (set: SelectionSetNode, seen: Set<string>): boolean => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === '__typename') continue;
        const derived = needs.derived[name];
        if (derived) derived.forEach((c) => out.add(c));
        else if (needs.columns.has(name)) out.add(name);
        else if (!definesField(info.schema, needs.typeName, name)) continue;
        else return false;
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD && seen.has(sel.name.value)) continue; // its columns are in already
      const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragmentOf(info.fragments, sel.name.value, seen);
      if (!fragment) return false;
      const ok = applies(fragment.typeCondition?.name.value);
      if (ok === undefined) return false;
      if (ok && !walk(fragment.selectionSet, seen)) return false;
    }
    return true;
  };
  for (const set of sets) if (!walk(set, new Set())) return undefined;
  // One order whatever the query's: the same columns make the same statement (and cache entry).
  return [...out].sort();
}

/**
 * False when the schema a resolver runs in has the type but not the field: another subgraph
 * resolves it from the entity's key (a merged execution of several subgraphs hands each its own
 * schema, with the whole query's selection), so it reads nothing of this row.
 */
function definesField(schema: GraphQLSchema, typeName: string, field: string): boolean {
  const type = schema.getType(typeName);
  return !isObjectType(type) || field in type.getFields();
}

/** A named fragment, marked as walked: each is walked once (a spread met again adds nothing new). */
function fragmentOf(fragments: Fragments, name: string, seen: Set<string>): FragmentDefinitionNode | undefined {
  seen.add(name);
  return fragments[name];
}

/**
 * The selection sets of the fields named `field` directly under the given ones (through
 * fragments): a connection's `nodes`, whichever way a query spells them.
 */
export function childSets(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: readonly (SelectionSetNode | undefined)[], field: string): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === field && sel.selectionSet) out.push(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        const fragment = fragmentOf(info.fragments, sel.name.value, seen);
        if (fragment) walk(fragment.selectionSet, seen);
      }
    }
  };
  for (const set of sets) walk(set, new Set());
  return out;
}

/** The columns a connection field's `nodes` read (see `columnsOf`). */
export function pageColumns(info: GraphQLResolveInfo, needs: RowNeeds): string[] | undefined {
  const nodes = childSets(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
    'nodes',
  );
  return columnsOf(info, nodes, needs);
}

const referenceCache = new WeakMap<readonly FieldNode[], Map<string, string[] | undefined>>();

/**
 * The columns an `_entities` call reads of its references of `needs.typeName` (see `columnsOf`),
 * worked out once per call (every reference of the call asks).
 */
export function referenceColumns(info: GraphQLResolveInfo, needs: RowNeeds): string[] | undefined {
  let byType = referenceCache.get(info.fieldNodes);
  if (!byType) referenceCache.set(info.fieldNodes, (byType = new Map()));
  if (!byType.has(needs.typeName)) {
    const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    byType.set(needs.typeName, columnsOf(info, sets, needs));
  }
  return byType.get(needs.typeName);
}

/** The loaders a pruned reference reads with: by the selected columns, or whole rows. */
export interface ReferenceLoaders {
  partial: PartialLoaders;
  whole: { load(key: string): Promise<unknown> };
}

/**
 * An entity's reference resolver (`__resolveReference`) that reads only the columns the
 * `_entities` call selects when it can tell (`referenceColumns`), else whole rows.
 */
export function prunedReference<C, T extends ObjectLiteral>(entity: EntityTarget<T>, key: keyof T & string, needs: () => RowNeeds, loaders: (ctx: C) => ReferenceLoaders) {
  return {
    __resolveReference: (ref: Record<string, string>, ctx: C, info: GraphQLResolveInfo) => {
      const columns = referenceColumns(info, needs());
      const { partial, whole } = loaders(ctx);
      return columns ? partial.byKey(entity, key, columns).load(ref[key]) : whole.load(ref[key]);
    },
  };
}
