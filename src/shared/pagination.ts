import { ArgsType, Directive, Field, Int, ObjectType, ClassType } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { leanMany } from './lean-read';

/** The most rows one page may ask for. */
export const MAX_PAGE_SIZE = 500;
/** Page size when `first` is omitted. */
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** `first` / `after` of every list query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  after?: string;
}

/** One page of a list, as every `XConnection` type returns it. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client selects it (a page must not cost more as the store grows). */
  totalCount: number | Promise<number>;
}

/** Declares the GraphQL `XConnection` type for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(name)
  class Connection {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Connection;
}

/** A sort column of a keyset page: the SQL expression and the entity property holding its value. */
export interface SortKey {
  column: string;
  property: string;
  /** Newest first, largest first... (default ascending). */
  descending?: boolean;
  /** The column holds a timestamp: its cursor value is an ISO string given back as a Date. */
  date?: boolean;
}

/** A row's sort value as a cursor holds it (timestamps as ISO strings). */
function cursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** The opaque `endCursor` of a row: its sort values as base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The sort values a cursor holds, checked against the keys (BAD_USER_INPUT for anything this list did not hand out). */
export function decodeCursor(cursor: string, keys: SortKey[]): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only plain strings and numbers (and valid instants for timestamp keys) may reach SQL as keyset parameters.
    if (Array.isArray(values) && values.length === keys.length && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values.map((v, i) => {
        if (!keys[i].date) return v;
        const at = new Date(String(v));
        if (Number.isNaN(at.getTime())) throw new Error('not an instant');
        return at;
      });
    }
  } catch {
    /* fall through to the error below */
  }
  throw badInput(`after: "${cursor}" is not a cursor returned by this list`);
}

/**
 * Keyset pagination: stable order on unique sort keys, so pages never skip or repeat rows when
 * rows are added meanwhile. `totalCount` counts the filtered rows, ignoring the cursor, and only
 * when it is read: GraphQL reads it only for a client that selected it. `columns` (entity
 * properties): the rows hold only those, for a query known to read no others (`pageColumns`).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey[],
  args: { first?: number; after?: string },
  columns?: readonly string[],
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const counter = qb.clone();
  let count: Promise<number> | undefined;
  if (args.after) {
    const values = decodeCursor(args.after, keys);
    qb.andWhere(
      new Brackets((outer) => {
        keys.forEach((key, i) => {
          outer.orWhere(
            new Brackets((inner) => {
              for (let j = 0; j < i; j++) inner.andWhere(`${keys[j].column} = :cursor${j}`);
              inner.andWhere(`${key.column} ${key.descending ? '<' : '>'} :cursor${i}`);
            }),
          );
        });
      }),
    );
    qb.setParameters(Object.fromEntries(values.map((v, i) => [`cursor${i}`, v])));
  }
  keys.forEach((key) => qb.addOrderBy(key.column, key.descending ? 'DESC' : 'ASC'));
  // Only the columns the caller's query reads when it says which (the sort keys always: the cursor).
  const rows = await leanMany(qb.take(first + 1), columns && [...new Set([...keys.map((k) => k.property), ...columns])]);
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    get totalCount() {
      return (count ??= counter.getCount());
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(keys.map((k) => cursorValue((last as Record<string, unknown>)[k.property]))) : null,
    },
  };
}

/** The escape character of `likePattern` (the same on SQLite and MariaDB): `LIKE :q ESCAPE '!'`. */
export const LIKE_ESCAPE = "ESCAPE '!'";

/** Escapes a user's search text for a lower-case LIKE pattern and wraps it for a substring match. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
