import { SyncDirection, TableMappingName as M } from '../../../src/sync/enums';
import { activeFields, canonical, mapRecord, ReferenceResolver } from '../../../src/sync/engine/field-mapper';
import { fieldMapping, tableMapping } from './fixtures';
import { baseUnit, blockedState, ref } from '../../../src/sync/mappings/mapping-def';

/** Couplings held in two small maps (pure: no store). */
function refs(coupled: Record<string, string>, units: Record<string, string> = {}): ReferenceResolver {
  const back = Object.fromEntries(Object.entries(coupled).map(([k, v]) => [v, k]));
  return {
    erpToCrm: async (_m, key) => coupled[key] ?? null,
    crmToErp: async (_m, key) => back[key] ?? null,
    baseUnitOf: async (group) => units[group] ?? null,
    labelOf: async (_m, _side, key) => `label of ${key}`,
  };
}

describe(mapRecord.name, () => {
  it('should copy values onto the other system names, in both directions', async () => {
    const fields = [fieldMapping('name', 'name'), fieldMapping('city', 'address1_city')];
    expect(await mapRecord(fields, SyncDirection.TO_CRM, { name: 'Ada', city: 'Paris' }, refs({}))).toEqual({ values: { name: 'Ada', address1_city: 'Paris' }, missing: [] });
    expect(await mapRecord(fields, SyncDirection.FROM_CRM, { name: 'Ada', address1_city: 'Lyon' }, refs({}))).toEqual({ values: { name: 'Ada', city: 'Lyon' }, missing: [] });
  });

  it('should translate a reference through its coupling', async () => {
    const fields = [fieldMapping('salespersonCode', 'ownerId', { transform: ref(M.SALESPEOPLE) })];
    expect(await mapRecord(fields, SyncDirection.TO_CRM, { salespersonCode: 'AH' }, refs({ AH: 'user-1' }))).toEqual({ values: { ownerId: 'user-1' }, missing: [] });
    expect(await mapRecord(fields, SyncDirection.FROM_CRM, { ownerId: 'user-1' }, refs({ AH: 'user-1' }))).toEqual({ values: { salespersonCode: 'AH' }, missing: [] });
  });

  it('should report a reference that is not coupled as a missing dependency, and not write it', async () => {
    const fields = [fieldMapping('salespersonCode', 'ownerId', { transform: ref(M.SALESPEOPLE) })];
    expect(await mapRecord(fields, SyncDirection.TO_CRM, { salespersonCode: 'ZZ' }, refs({}))).toEqual({
      values: {},
      missing: [{ mapping: M.SALESPEOPLE, side: 'erp', key: 'ZZ', label: 'label of ZZ' }],
    });
  });

  it('should write an empty reference as null', async () => {
    const fields = [fieldMapping('salespersonCode', 'ownerId', { transform: ref(M.SALESPEOPLE) })];
    expect(await mapRecord(fields, SyncDirection.TO_CRM, { salespersonCode: '' }, refs({}))).toEqual({ values: { ownerId: null }, missing: [] });
  });

  it('should send a unit as the base unit of its coupled unit group, and only to the CRM', async () => {
    const fields = [fieldMapping('unitOfMeasureCode', 'unitId', { transform: baseUnit(M.UNIT_OF_MEASURE) })];
    expect(await mapRecord(fields, SyncDirection.TO_CRM, { unitOfMeasureCode: 'PCS' }, refs({ PCS: 'group-1' }, { 'group-1': 'unit-1' }))).toEqual({
      values: { unitId: 'unit-1' },
      missing: [],
    });
    expect(await mapRecord(fields, SyncDirection.FROM_CRM, { unitId: 'unit-1' }, refs({ PCS: 'group-1' }))).toEqual({ values: {}, missing: [] });
  });

  it('should map blocked to RETIRED / ACTIVE and back', async () => {
    const fields = [fieldMapping('blocked', 'state', { transform: blockedState })];
    expect((await mapRecord(fields, SyncDirection.TO_CRM, { blocked: true }, refs({}))).values).toEqual({ state: 'RETIRED' });
    expect((await mapRecord(fields, SyncDirection.TO_CRM, { blocked: false }, refs({}))).values).toEqual({ state: 'ACTIVE' });
    expect((await mapRecord(fields, SyncDirection.FROM_CRM, { state: 'RETIRED' }, refs({}))).values).toEqual({ blocked: true });
    expect((await mapRecord(fields, SyncDirection.FROM_CRM, { state: 'ACTIVE' }, refs({}))).values).toEqual({ blocked: false });
  });

  it('should write a constant instead of the source value', async () => {
    const fields = [fieldMapping('name', 'name', { constantValue: 'Fixed' })];
    expect((await mapRecord(fields, SyncDirection.TO_CRM, { name: 'Ada' }, refs({}))).values).toEqual({ name: 'Fixed' });
  });

  it('should keep the value of one of two fields feeding one target when the other is empty', async () => {
    const fields = [fieldMapping('itemNo', 'productId', { transform: ref(M.ITEM_PRODUCT) }), fieldMapping('resourceNo', 'productId', { transform: ref(M.RESOURCE_PRODUCT) })];
    expect((await mapRecord(fields, SyncDirection.TO_CRM, { itemNo: '1000', resourceNo: '' }, refs({ '1000': 'p-1' }))).values).toEqual({ productId: 'p-1' });
  });
});

describe(activeFields.name, () => {
  it('should keep the enabled fields whose direction allows the way', () => {
    const fields = [fieldMapping('a', 'a'), fieldMapping('b', 'b', { enabled: false }), fieldMapping('c', 'c', { direction: SyncDirection.FROM_CRM })];
    expect(activeFields(tableMapping(), fields, SyncDirection.TO_CRM).map((f) => f.erpField)).toEqual(['a']);
    expect(activeFields(tableMapping(), fields, SyncDirection.FROM_CRM).map((f) => f.erpField)).toEqual(['a', 'c']);
    expect(activeFields(tableMapping({ direction: SyncDirection.TO_CRM }), fields, SyncDirection.FROM_CRM)).toEqual([]);
  });
});

describe(canonical.name, () => {
  it('should give one text per value: null for nothing, ISO for dates, String otherwise', () => {
    expect(canonical(null)).toBeNull();
    expect(canonical(undefined)).toBeNull();
    expect(canonical(new Date('2026-01-02T03:04:05.006Z'))).toBe('2026-01-02T03:04:05.006Z');
    expect(canonical(12.5)).toBe('12.5');
    expect(canonical(false)).toBe('false');
  });
});
