import type { GraphQLError, GraphQLResolveInfo } from 'graphql';

/** True for a promise (or any thenable a resolver returns). */
export function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `next(value)`, after the value when it is a promise (no promise made for a plain value). */
export function then<T>(value: unknown, next: (resolved: unknown) => T): T | Promise<T> {
  return isPromise(value) ? value.then(next) : next(value);
}

/** A lookup that failed: the fields that need it throw its error when they are asked, not before. */
export class Failed {
  constructor(readonly error: unknown) {}
}

/** A lookup's result, or a `Failed` when it throws at once (the fields that need it report it, not the field that returned the object). */
function attempt(lookup: () => unknown): unknown {
  try {
    return lookup();
  } catch (error) {
    return new Failed(error);
  }
}

/**
 * A value of an object type together with the subgraph whose resolvers produced it, and the
 * info of the field that returned it (its selection set is what is asked of the value). A field
 * of another subgraph is resolved on that subgraph's own object, found by the entity's key and
 * kept here: each other subgraph is asked once per entity.
 */
export class Owned {
  // Most entities are asked of one other subgraph: one slot, then a map for more.
  private firstOther?: string;
  private firstValue?: unknown;
  private others?: Map<string, unknown>;

  constructor(
    readonly subgraph: string,
    readonly value: unknown,
    readonly info: GraphQLResolveInfo,
  ) {}

  /** The same entity as another subgraph's object (a promise of it while pending, a `Failed` when it failed). */
  as(subgraph: string, lookup: () => unknown): unknown {
    if (this.firstOther === undefined) {
      this.firstOther = subgraph;
      return (this.firstValue = attempt(lookup));
    }
    if (this.firstOther === subgraph) return this.firstValue;
    this.others ??= new Map();
    if (!this.others.has(subgraph)) this.others.set(subgraph, attempt(lookup));
    return this.others.get(subgraph);
  }

  /**
   * Starts the lookup now (with its siblings' lookups, so one loader batch serves a list);
   * once it settles, `as` answers it without waiting, so the fields that need it resolve at once.
   */
  prefetch(subgraph: string, lookup: () => unknown): Promise<void> | undefined {
    const pending = this.as(subgraph, lookup);
    if (!isPromise(pending)) return undefined;
    return pending.then(
      (value) => this.settle(subgraph, value),
      (error) => this.settle(subgraph, new Failed(error)),
    );
  }

  private settle(subgraph: string, value: unknown): void {
    if (this.firstOther === subgraph) this.firstValue = value;
    else this.others!.set(subgraph, value);
  }
}

/**
 * Thrown for a non-null field of an entity its subgraph does not have (a coupling to a record
 * deleted since): the object becomes null as the gateway's plan makes it, and `withoutMissing`
 * drops the error, which the plan does not report either.
 */
export class MissingEntity extends Error {
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
