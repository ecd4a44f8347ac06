import {
  buildSchema,
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLFieldResolver,
  GraphQLLeafType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  printSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  FieldNode,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { Failed, isPromise, MissingEntity, Owned, then } from './owned-value';

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type Info = GraphQLResolveInfo;

/** How one field is resolved on an object of one subgraph. */
interface Route {
  /** The subgraph that resolves the field. */
  subgraph: string;
  /** The field as that subgraph defines it. */
  field: GraphQLField<unknown, unknown>;
  /** Set when another subgraph resolves the field: the entity's key there, and how the owner reads it. */
  key?: { name: string; read: Route; resolveReference?: (representation: unknown, ctx: unknown, info: Info) => unknown };
  /** The subgraph's own info for its resolver (its schema and types), from the executing one. */
  info(info: Info): Info;
  /**
   * Whether the resolver gets that info (root and list fields, keys, whose resolvers may read
   * the selection to prune columns) or the merged one as it is (a copy per object was a
   * measurable share of a list's time; with the merged schema, pruning reads whole rows).
   */
  swap: boolean;
}

/** Wraps a field's result as a subgraph's objects (with what other subgraphs are asked of them started). */
type Wrap = (value: unknown, subgraph: string, info: Info, ctx: unknown) => unknown;

/** The single field of an entity's first `@key` in a subgraph (undefined for none or a compound key). */
function keyOf(type: GraphQLObjectType): string | undefined {
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((a) => a.name.value === 'fields');
      const text = fields?.value.kind === 'StringValue' ? fields.value.value.trim() : '';
      return /^[_A-Za-z][_0-9A-Za-z]*$/.test(text) ? text : undefined;
    }
  }
  return undefined;
}

/** True when a subgraph's field is only declared there, resolved elsewhere. */
function isExternal(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((d) => d.name.value === 'external') ?? false;
}

/**
 * One executable schema over the subgraphs served in this process: the API schema, each field
 * resolved by the resolver of the subgraph that defines it, called directly. An entity field of
 * another subgraph is resolved on that subgraph's object for the same key (its reference
 * resolver, as `_entities` would call it), so a query across subgraphs is one graphql-js
 * execution: no subgraph operations, no result merging and reshaping, while each subgraph's
 * resolvers, loaders, auth checks and errors are the ones the gateway's plan would reach.
 *
 * Built only when the subgraphs agree on every leaf type (one implementation per scalar, enum
 * values equal to their names) and the API has no abstract types; a type whose field cannot be
 * reached from one of its subgraphs by a single-field key is left to the gateway's plan
 * (`supports` answers false for documents that select it).
 */
export class LocalFederation {
  private readonly unsupported = new Set<string>();
  private readonly supported = new WeakMap<DocumentNode, boolean>();
  /** Each object type's routes: by field, then by the subgraph of the object. */
  private readonly routesByType = new Map<string, Record<string, Record<string, Route>>>();
  /** What other subgraphs a field's objects are asked of, by the field's node and the objects' subgraph. */
  private readonly prefetchPlans = new WeakMap<FieldNode, Map<string, Route[]>>();
  // The last reference info made: every entity of a list asks for the same one.
  private lastInfo?: { from: Info; subgraph: string; info: Info };

  private constructor(
    readonly schema: GraphQLSchema,
    private readonly subgraphs: Record<string, GraphQLSchema>,
  ) {}

  /** The merged schema over these subgraphs, or the reason there is none. */
  static build(apiSchema: GraphQLSchema, subgraphs: Record<string, GraphQLSchema>): LocalFederation | string {
    // A copy of our own: its resolvers and scalar functions are set below.
    const federation = new LocalFederation(buildSchema(printSchema(apiSchema)), subgraphs);
    return federation.wire() ?? federation;
  }

  /** True when every type a document selects fields of is served by the merged schema (decided once per document). */
  supports(document: DocumentNode): boolean {
    let known = this.supported.get(document);
    if (known === undefined) {
      known = true;
      const typeInfo = new TypeInfo(this.schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field: () => {
            const parent = typeInfo.getParentType();
            if (!parent || this.unsupported.has(parent.name)) {
              known = false;
              return BREAK;
            }
            return undefined;
          },
        }),
      );
      this.supported.set(document, known);
    }
    return known;
  }

  /** Sets the leaf types' functions and every field's resolver; answers why not, when it cannot. */
  private wire(): string | undefined {
    const types = Object.values(this.schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
    for (const type of types) {
      if (isAbstractType(type)) return `abstract type ${type.name}`;
      if (isScalarType(type) && !isSpecifiedScalarType(type)) {
        const reason = this.wireScalar(type.name);
        if (reason) return reason;
      }
      if (isEnumType(type)) {
        const reason = this.wireEnum(type);
        if (reason) return reason;
      }
    }
    const defaults = this.defaultsOutsideTheApi(types);
    if (defaults) return defaults;
    const roots = new Set([this.schema.getQueryType(), this.schema.getMutationType(), this.schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
    for (const type of types) {
      if (!isObjectType(type)) continue;
      if (roots.has(type.name)) this.wireRoot(type);
      else this.wireObject(type);
    }
    return undefined;
  }

  /**
   * A default value the merged schema would hand a resolver in the API's terms: the schema
   * computed its defaults before its enums and scalars took the subgraphs' values and parsing
   * (a default of an enum whose values are not its names, or of a custom scalar). None exist today;
   * should one appear, the plans serve the operations rather than a resolver get the wrong value.
   */
  private defaultsOutsideTheApi(types: readonly GraphQLNamedType[]): string | undefined {
    const differs = (type: GraphQLInputType): boolean => {
      const named = getNamedType(type);
      return (isScalarType(named) && !isSpecifiedScalarType(named)) || (isEnumType(named) && named.getValues().some((v) => v.value !== v.name));
    };
    for (const type of types) {
      const inputs = isObjectType(type) ? Object.values(type.getFields()).flatMap((f) => f.args) : isInputObjectType(type) ? Object.values(type.getFields()) : [];
      const found = inputs.find((i) => i.defaultValue !== undefined && differs(i.type));
      if (found) return `default value of ${type.name}.${found.name} in the subgraphs' terms`;
    }
    return undefined;
  }

  /** A custom scalar parses and serializes as its subgraphs do (all must share one implementation). */
  private wireScalar(name: string): string | undefined {
    const owns = Object.values(this.subgraphs)
      .map((s) => s.getType(name))
      .filter(isScalarType);
    const first = owns[0];
    if (!first) return `scalar ${name} is in no subgraph`;
    if (owns.some((s) => s.serialize !== first.serialize || s.parseValue !== first.parseValue || s.parseLiteral !== first.parseLiteral))
      return `scalar ${name} differs between subgraphs`;
    const merged = this.schema.getType(name) as GraphQLLeafType & { serialize: unknown; parseValue: unknown; parseLiteral: unknown };
    Object.assign(merged, { serialize: first.serialize, parseValue: first.parseValue, parseLiteral: first.parseLiteral });
    return undefined;
  }

  /**
   * An enum's values stand for what its subgraphs' resolvers use (a role is `viewer` inside,
   * `VIEWER` in the API); subgraphs that share an enum must agree on them.
   */
  private wireEnum(type: GraphQLEnumType): string | undefined {
    const inside = new Map<string, unknown>();
    for (const schema of Object.values(this.subgraphs)) {
      const own = schema.getType(type.name);
      if (!isEnumType(own)) continue;
      for (const v of own.getValues()) {
        if (inside.has(v.name) && inside.get(v.name) !== v.value) return `enum ${type.name} differs between subgraphs`;
        inside.set(v.name, v.value);
      }
    }
    const config = type.toConfig();
    const values = Object.fromEntries(Object.entries(config.values).map(([name, v]) => [name, { ...v, value: inside.has(name) ? inside.get(name) : name }]));
    // In place: the fields that return or take the enum keep pointing at this object.
    Object.assign(type, new GraphQLEnumType({ ...config, values }));
    return undefined;
  }

  /** A root field is resolved by the first subgraph that defines it, with the root value as given. */
  private wireRoot(type: GraphQLObjectType): void {
    for (const field of Object.values(type.getFields())) {
      const subgraph = Object.keys(this.subgraphs).find((s) => {
        const own = this.subgraphs[s].getType(type.name);
        return isObjectType(own) && own.getFields()[field.name];
      });
      if (!subgraph) {
        this.unsupported.add(type.name);
        continue;
      }
      const route = this.route(subgraph, type.name, field.name, true);
      const wrap = this.wrapperOf(field.type);
      field.resolve = (root, args, ctx, info) => {
        const result = this.call(route, root, args, ctx, info);
        return wrap ? wrap(result, subgraph, info, ctx) : result;
      };
    }
  }

  /**
   * A field of an object type: on an object of a subgraph that defines the field, that
   * subgraph's resolver; on another, the resolver of a subgraph that defines it, on its object
   * for the entity's key.
   */
  private wireObject(type: GraphQLObjectType): void {
    const owners = Object.keys(this.subgraphs).filter((s) => isObjectType(this.subgraphs[s].getType(type.name)));
    const byField: Record<string, Record<string, Route>> = {};
    this.routesByType.set(type.name, byField);
    for (const field of Object.values(type.getFields())) {
      const routes: Record<string, Route> = (byField[field.name] = {});
      for (const owner of owners) {
        const route = this.routeFrom(owner, type.name, field.name);
        if (route) routes[owner] = route;
        else this.unsupported.add(type.name);
      }
      const wrap = this.wrapperOf(field.type);
      const nonNull = isNonNullType(field.type);
      const resolve: Resolve = (parent, args, ctx, info) => {
        const owned = parent as Owned;
        const route = routes[owned.subgraph];
        if (!route.key) {
          const result = this.call(route, owned.value, args, ctx, info);
          return wrap ? wrap(result, route.subgraph, info, ctx) : result;
        }
        // Usually settled already: started when the object was returned (see `prefetch`).
        const object = owned.as(route.subgraph, () => this.reference(owned, type.name, route, ctx));
        if (object instanceof Failed) throw object.error;
        return then(object, (found) => {
          if (found == null) {
            if (nonNull) throw new MissingEntity();
            return null;
          }
          const result = this.call(route, found, args, ctx, info);
          return wrap ? wrap(result, route.subgraph, info, ctx) : result;
        });
      };
      field.resolve = resolve;
    }
  }

  /** How `owner`'s object gets `field`: its own resolver, or another subgraph's through a key `owner` has. */
  private routeFrom(owner: string, typeName: string, fieldName: string): Route | undefined {
    const own = (this.subgraphs[owner].getType(typeName) as GraphQLObjectType).getFields();
    if (own[fieldName] && !isExternal(own[fieldName])) return this.route(owner, typeName, fieldName, isListType(getNullableType(own[fieldName].type)));
    for (const other of Object.keys(this.subgraphs)) {
      const type = this.subgraphs[other].getType(typeName);
      if (other === owner || !isObjectType(type) || !type.getFields()[fieldName] || isExternal(type.getFields()[fieldName])) continue;
      const key = keyOf(type);
      if (!key || !own[key] || !isLeafType(getNamedType(own[key].type))) continue;
      const resolveReference = (type.extensions as { apollo?: { subgraph?: { resolveReference?: NonNullable<Route['key']>['resolveReference'] } } }).apollo?.subgraph
        ?.resolveReference;
      const swap = isListType(getNullableType(type.getFields()[fieldName].type));
      return { ...this.route(other, typeName, fieldName, swap), key: { name: key, read: this.route(owner, typeName, key, true), resolveReference } };
    }
    return undefined;
  }

  private route(subgraph: string, typeName: string, fieldName: string, swap: boolean): Route {
    const schema = this.subgraphs[subgraph];
    const parentType = schema.getType(typeName) as GraphQLObjectType;
    const field = parentType.getFields()[fieldName];
    return { subgraph, field, swap, info: (info) => ({ ...info, schema, parentType, returnType: field.type, fieldName }) };
  }

  /** A function that wraps a field's result (objects, lists of them, promises) as a subgraph's; none for leaves. */
  private wrapperOf(type: GraphQLOutputType): Wrap | undefined {
    const nullable = getNullableType(type);
    if (isLeafType(nullable)) return undefined;
    if (isListType(nullable)) {
      const inner = this.wrapperOf(nullable.ofType);
      if (!inner) return undefined;
      const each: Wrap = (value, subgraph, info, ctx) => {
        if (isPromise(value)) return value.then((v) => each(v, subgraph, info, ctx));
        if (value == null || value instanceof Error) return value;
        const raw = Array.from(value as Iterable<unknown>);
        // Items the resolver gave as promises stay apart (each may fail on its own); lookups started here never fail.
        if (raw.some(isPromise)) return raw.map((item) => inner(item, subgraph, info, ctx));
        const items = raw.map((item) => inner(item, subgraph, info, ctx));
        return items.some(isPromise) ? Promise.all(items) : items;
      };
      return each;
    }
    const typeName = (nullable as GraphQLObjectType).name;
    const one: Wrap = (value, subgraph, info, ctx) => {
      if (isPromise(value)) return value.then((v) => one(v, subgraph, info, ctx));
      if (value == null || value instanceof Error) return value;
      const owned = new Owned(subgraph, value, info);
      const pending = this.prefetch(owned, typeName, ctx);
      return pending ? pending.then(() => owned) : owned;
    };
    return one;
  }

  /**
   * Starts, as an object is returned, the lookups of it in the other subgraphs its selection
   * reaches: a list's lookups go out together (one loader batch), and its fields then resolve
   * at once instead of each waiting on its own promise.
   */
  private prefetch(owned: Owned, typeName: string, ctx: unknown): Promise<unknown> | undefined {
    const routes = this.prefetchPlan(owned.info, typeName, owned.subgraph);
    if (routes.length === 0) return undefined;
    if (routes.length === 1) return owned.prefetch(routes[0].subgraph, () => this.reference(owned, typeName, routes[0], ctx));
    const pending = routes.map((r) => owned.prefetch(r.subgraph, () => this.reference(owned, typeName, r, ctx))).filter(isPromise);
    return pending.length ? Promise.all(pending) : undefined;
  }

  /** One route per other subgraph the selection on `typeName` of a field reaches from `owner`'s objects (kept per field node). */
  private prefetchPlan(info: Info, typeName: string, owner: string): Route[] {
    const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
    let byOwner = node && this.prefetchPlans.get(node);
    const known = byOwner?.get(owner);
    if (known) return known;
    const fields = this.routesByType.get(typeName) ?? {};
    const out: Route[] = [];
    const walked = new Set<string>();
    const walk = (set: SelectionSetNode | undefined): void => {
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) {
          const route = fields[sel.name.value]?.[owner];
          if (route?.key && !out.some((r) => r.subgraph === route.subgraph)) out.push(route);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          if (!sel.typeCondition || sel.typeCondition.name.value === typeName) walk(sel.selectionSet);
        } else if (!walked.has(sel.name.value)) {
          walked.add(sel.name.value);
          const fragment = info.fragments[sel.name.value];
          if (fragment?.typeCondition.name.value === typeName) walk(fragment.selectionSet);
        }
      }
    };
    for (const field of info.fieldNodes) walk(field.selectionSet);
    if (node) {
      if (!byOwner) this.prefetchPlans.set(node, (byOwner = new Map()));
      byOwner.set(owner, out);
    }
    return out;
  }

  /**
   * A subgraph's resolver of a field, or graphql-js's default (the property, called when a
   * function) by the route's field name: a key is read under another field's info.
   */
  private call(route: Route, source: unknown, args: Record<string, unknown>, ctx: unknown, info: Info): unknown {
    const resolve = route.field.resolve;
    if (resolve) return resolve(source, args, ctx, route.swap ? route.info(info) : info);
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) return undefined;
    const value = (source as Record<string, unknown>)[route.field.name];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).call(source, args, ctx, info) : value;
  }

  /**
   * The entity `parent` is, as `route.subgraph`'s object: the representation `_entities` would
   * receive (`__typename` and the key, serialized as the owner serializes it), through that
   * subgraph's reference resolver, with the info of the field that returned `parent` (the
   * selection on the entity, from which a reference resolver tells what it needs to read).
   */
  private reference(parent: Owned, typeName: string, route: Route, ctx: unknown): unknown {
    const key = route.key!;
    const keyValue = this.call(key.read, parent.value, {}, ctx, parent.info);
    return then(keyValue, (value) => {
      if (value == null) return null;
      const representation = { __typename: typeName, [key.name]: (getNamedType(key.read.field.type) as GraphQLLeafType).serialize(value) };
      return key.resolveReference ? key.resolveReference(representation, ctx, this.referenceInfo(parent.info, route.subgraph)) : representation;
    });
  }

  /** The info a reference resolver gets: the returning field's, in its own subgraph's schema (one per list, not per entity). */
  private referenceInfo(info: Info, subgraph: string): Info {
    const last = this.lastInfo;
    if (last && last.from === info && last.subgraph === subgraph) return last.info;
    const made = { ...info, schema: this.subgraphs[subgraph] };
    this.lastInfo = { from: info, subgraph, info: made };
    return made;
  }
}
