import { TableMappingName } from '../../enums';
import { MappingDef, referenceOf } from '../mapping-def';

/** What the order and the checks need of a mapping. */
type Node = Pick<MappingDef, 'name' | 'dependsOn'> & Partial<Pick<MappingDef, 'fields'>>;

/**
 * The run order of full and incremental synchronization: a topological sort of `dependsOn` that
 * keeps the declared order wherever dependencies allow (each step takes the first declared
 * mapping whose dependencies are placed). A dependency on an unknown mapping, a mapping declared
 * twice or a cycle is a plain error naming the mappings involved: the process does not start.
 */
export function runOrder<T extends Node>(declared: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const d of declared) {
    if (byName.has(d.name)) throw new Error(`Table mapping ${d.name} is declared twice in the mapping registry`);
    byName.set(d.name, d);
  }
  for (const d of declared) {
    const unknown = d.dependsOn.filter((x) => !byName.has(x));
    if (unknown.length) throw new Error(`Table mapping ${d.name} depends on ${unknown.join(', ')}, which ${unknown.length > 1 ? 'are' : 'is'} not in the mapping registry`);
  }
  const placed = new Set<string>();
  const order: T[] = [];
  while (order.length < declared.length) {
    const next = declared.find((d) => !placed.has(d.name) && d.dependsOn.every((x) => placed.has(x)));
    if (!next)
      throw new Error(
        `Table mappings depend on each other in a cycle: ${cycleOf(
          declared.filter((d) => !placed.has(d.name)),
          byName,
        ).join(' → ')}`,
      );
    placed.add(next.name);
    order.push(next);
  }
  return order;
}

/** One cycle among mappings none of which can be placed (each waits for another of them). */
function cycleOf(waiting: readonly Node[], byName: Map<string, Node>): string[] {
  const open = new Set(waiting.map((d) => d.name));
  const path: string[] = [];
  let at: Node = waiting[0];
  while (!path.includes(at.name)) {
    path.push(at.name);
    at = byName.get(at.dependsOn.find((x) => open.has(x))!)!;
  }
  return [...path.slice(path.indexOf(at.name)), at.name];
}

/**
 * A field translated through another mapping's couplings needs that mapping coupled first, so it
 * must be among the mapping's dependencies (directly or through them).
 */
export function checkReferences(defs: readonly Node[]): void {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const closure = (name: TableMappingName, seen = new Set<string>()): Set<string> => {
    for (const dep of byName.get(name)?.dependsOn ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  for (const d of defs) {
    const deps = closure(d.name);
    for (const f of d.fields ?? []) {
      const through = f.transform ? referenceOf(f.transform)?.through : undefined;
      if (through && !deps.has(through)) {
        throw new Error(`Table mapping ${d.name}: field ${f.erp} is translated through ${through}, which is not among its dependencies (add ${through} to dependsOn)`);
      }
    }
  }
}
