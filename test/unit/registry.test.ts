import { TableMappingName } from '../../src/sync/enums';
import { MAPPINGS, runOrder, checkReferences } from '../../src/sync/mappings/registry';
import { parseTransform, ref, transformText } from '../../src/sync/mappings/mapping-def';

// Pure: no store, no gateway. Fake mappings are named A, B, C... (the checks read names and dependsOn only).
const m = (name: string, ...dependsOn: string[]) => ({ name: name as TableMappingName, dependsOn: dependsOn as TableMappingName[] });
const names = (defs: Array<{ name: string }>) => defs.map((d) => d.name);

describe('mapping registry', () => {
  it('should run the default mappings in the order of DESIGN.md §3 (dependencies first)', () => {
    expect(names([...MAPPINGS])).toEqual([
      'SALESPEOPLE',
      'CURRENCY',
      'UNIT_OF_MEASURE',
      'CUSTOMER',
      'CONTACT',
      'ITEM_PRODUCT',
      'RESOURCE_PRODUCT',
      'CUSTPRCGRP_PRICE',
      'SALESPRC_PRODPRICE',
      'SALESORDER_ORDER',
      'SALESQUOTE_QUOTE',
    ]);
    const position = new Map(MAPPINGS.map((d, i) => [d.name, i]));
    for (const d of MAPPINGS) for (const dep of d.dependsOn) expect(position.get(dep)).toBeLessThan(position.get(d.name)!);
  });

  it('should declare every TableMappingName exactly once', () => {
    expect(names([...MAPPINGS]).sort()).toEqual(Object.values(TableMappingName).sort());
  });

  it('should store every transform as the text older stores hold', () => {
    for (const d of MAPPINGS) for (const f of d.fields) if (f.transform) expect(parseTransform(transformText(f.transform))).toEqual(f.transform);
    expect(transformText(ref(TableMappingName.CUSTOMER))).toBe('ref:CUSTOMER');
    expect(parseTransform('baseUnit:UNIT_OF_MEASURE')).toEqual({ kind: 'baseUnit', through: 'UNIT_OF_MEASURE' });
    expect(parseTransform('copy')).toEqual({ kind: 'copy' });
    expect(parseTransform('blockedState')).toEqual({ kind: 'blockedState' });
    expect(() => parseTransform('ref:NOWHERE')).toThrow('Unknown field mapping transform "ref:NOWHERE"');
  });
});

describe(runOrder.name, () => {
  it('should place dependencies first and keep the declared order wherever they allow', () => {
    expect(names(runOrder([m('C', 'A'), m('A'), m('B'), m('D', 'B', 'C')]))).toEqual(['A', 'C', 'B', 'D']);
    expect(names(runOrder([m('A'), m('B'), m('C')]))).toEqual(['A', 'B', 'C']);
  });

  it('should stop with an error naming a dependency that is not declared', () => {
    expect(() => runOrder([m('A'), m('B', 'A', 'GHOST')])).toThrow('Table mapping B depends on GHOST, which is not in the mapping registry');
  });

  it('should stop with an error naming the mappings of a cycle', () => {
    expect(() => runOrder([m('A'), m('B', 'A', 'D'), m('C', 'B'), m('D', 'C')])).toThrow('Table mappings depend on each other in a cycle: B → D → C → B');
    expect(() => runOrder([m('A', 'A')])).toThrow('cycle: A → A');
  });

  it('should refuse a mapping declared twice', () => {
    expect(() => runOrder([m('A'), m('A')])).toThrow('Table mapping A is declared twice');
  });
});

describe(checkReferences.name, () => {
  it('should accept references through a dependency, direct or not, and refuse others', () => {
    const field = (through: string) => ({ erp: 'x', crm: 'y', direction: 'TO_CRM' as never, transform: ref(through as TableMappingName) });
    expect(() => checkReferences([m('A'), m('B', 'A'), { ...m('C', 'B'), fields: [field('A')] }])).not.toThrow();
    expect(() => checkReferences([m('A'), { ...m('B'), fields: [field('A')] }])).toThrow('Table mapping B: field x is translated through A, which is not among its dependencies');
  });
});
