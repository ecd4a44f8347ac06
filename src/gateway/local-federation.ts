import {
  buildSchema,
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLError,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLLeafType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
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
} from 'graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type Info = GraphQLResolveInfo;

/**
 * A value of an object type together with the subgraph whose resolvers produced it, and the
 * info of the field that returned it (its selection set is what is asked of the value). A field
 * of another subgraph is resolved on that subgraph's own object, found by the entity's key.
 */
class Owned {
  // Most entities are asked of one other subgraph: one slot, then a map for more.
  private firstOther?: string;
  private firstValue?: unknown;
  private others?: Map<string, unknown>;

  constructor(
    readonly subgraph: string,
    readonly value: unknown,
    readonly info: Info,
  ) {}

  /** The same entity as another subgraph's object (or a promise of it), looked up once. */
  as(subgraph: string, lookup: () => unknown): unknown {
    if (this.firstOther === undefined) {
      this.firstOther = subgraph;
      return (this.firstValue = lookup());
    }
    if (this.firstOther === subgraph) return this.firstValue;
    this.others ??= new Map();
    if (!this.others.has(subgraph)) this.others.set(subgraph, lookup());
    return this.others.get(subgraph);
  }
}

/**
 * Thrown for a non-null field of an entity its subgraph does not have (a coupling to a record
 * deleted since): the object becomes null as the gateway's plan makes it, and `withoutMissing`
 * drops the error, which the plan does not report either.
 */
class MissingEntity extends Error {
  constructor() {
    super('entity not found in its subgraph');
  }
}

/** A result without the errors of missing entities (their objects are null, as through the plan). */
export function withoutMissing<T extends { errors?: readonly GraphQLError[] }>(result: T): T {
  if (!result.errors?.some((e) => e.originalError instanceof MissingEntity)) return result;
  const errors = result.errors.filter((e) => !(e.originalError instanceof MissingEntity));
  const { errors: _dropped, ...rest } = result;
  return (errors.length ? { ...rest, errors } : rest) as T;
}

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
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function then<T>(value: unknown, next: (resolved: unknown) => T): T | Promise<T> {
  return isPromise(value) ? value.then(next) : next(value);
}

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

/** A function that wraps a field's result (objects, lists of them, promises) as a subgraph's; none for leaves. */
function wrapperOf(type: GraphQLOutputType): ((value: unknown, subgraph: string, info: Info) => unknown) | undefined {
  const nullable = getNullableType(type);
  if (isLeafType(nullable)) return undefined;
  if (isListType(nullable)) {
    const inner = wrapperOf(nullable.ofType);
    if (!inner) return undefined;
    const each = (value: unknown, subgraph: string, info: Info): unknown =>
      isPromise(value)
        ? value.then((v) => each(v, subgraph, info))
        : value == null || value instanceof Error
          ? value
          : Array.from(value as Iterable<unknown>, (item) => inner(item, subgraph, info));
    return each;
  }
  const one = (value: unknown, subgraph: string, info: Info): unknown =>
    isPromise(value) ? value.then((v) => one(v, subgraph, info)) : value == null || value instanceof Error ? value : new Owned(subgraph, value, info);
  return one;
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
  private readonly referenceInfos = new WeakMap<Info, Record<string, Info>>();

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
    const roots = new Set([this.schema.getQueryType(), this.schema.getMutationType(), this.schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
    for (const type of types) {
      if (!isObjectType(type)) continue;
      if (roots.has(type.name)) this.wireRoot(type);
      else this.wireObject(type);
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
      const route = this.route(subgraph, type.name, field.name);
      const wrap = wrapperOf(field.type);
      field.resolve = (root, args, ctx, info) => {
        const result = this.call(route, root, args, ctx, info);
        return wrap ? wrap(result, subgraph, info) : result;
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
    for (const field of Object.values(type.getFields())) {
      const routes: Record<string, Route> = {};
      for (const owner of owners) {
        const route = this.routeFrom(owner, type.name, field.name);
        if (route) routes[owner] = route;
        else this.unsupported.add(type.name);
      }
      const wrap = wrapperOf(field.type);
      const nonNull = isNonNullType(field.type);
      const resolve: Resolve = (parent, args, ctx, info) => {
        const { subgraph, value } = parent as Owned;
        const route = routes[subgraph];
        if (!route.key) {
          const result = this.call(route, value, args, ctx, info);
          return wrap ? wrap(result, route.subgraph, info) : result;
        }
        const object = (parent as Owned).as(route.subgraph, () => this.reference(parent as Owned, type.name, route, ctx));
        return then(object, (found) => {
          if (found == null) {
            if (nonNull) throw new MissingEntity();
            return null;
          }
          const result = this.call(route, found, args, ctx, info);
          return wrap ? wrap(result, route.subgraph, info) : result;
        });
      };
      field.resolve = resolve;
    }
  }

  /** How `owner`'s object gets `field`: its own resolver, or another subgraph's through a key `owner` has. */
  private routeFrom(owner: string, typeName: string, fieldName: string): Route | undefined {
    const own = (this.subgraphs[owner].getType(typeName) as GraphQLObjectType).getFields();
    if (own[fieldName] && !isExternal(own[fieldName])) return this.route(owner, typeName, fieldName);
    for (const other of Object.keys(this.subgraphs)) {
      const type = this.subgraphs[other].getType(typeName);
      if (other === owner || !isObjectType(type) || !type.getFields()[fieldName] || isExternal(type.getFields()[fieldName])) continue;
      const key = keyOf(type);
      if (!key || !own[key] || !isLeafType(getNamedType(own[key].type))) continue;
      const resolveReference = (type.extensions as { apollo?: { subgraph?: { resolveReference?: NonNullable<Route['key']>['resolveReference'] } } }).apollo?.subgraph
        ?.resolveReference;
      return { ...this.route(other, typeName, fieldName), key: { name: key, read: this.route(owner, typeName, key), resolveReference } };
    }
    return undefined;
  }

  private route(subgraph: string, typeName: string, fieldName: string): Route {
    const schema = this.subgraphs[subgraph];
    const parentType = schema.getType(typeName) as GraphQLObjectType;
    const field = parentType.getFields()[fieldName];
    return { subgraph, field, info: (info) => ({ ...info, schema, parentType, returnType: field.type, fieldName }) };
  }

  /**
   * A subgraph's resolver of a field, or graphql-js's default (the property, called when a
   * function) by the route's field name: a key is read under another field's info.
   */
  private call(route: Route, source: unknown, args: Record<string, unknown>, ctx: unknown, info: Info): unknown {
    const resolve = route.field.resolve;
    if (resolve) return resolve(source, args, ctx, route.info(info));
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
    let bySubgraph = this.referenceInfos.get(info);
    if (!bySubgraph) this.referenceInfos.set(info, (bySubgraph = {}));
    return (bySubgraph[subgraph] ??= { ...info, schema: this.subgraphs[subgraph] });
  }
}
