import { ConflictResolution, SyncDirection } from '../../../src/sync/enums';
import { mergePair } from '../../../src/sync/engine/merge';
import type { FieldMapping } from '../../../src/sync/table-mapping.entity';
import { fieldMapping, tableMapping } from './fixtures';

const name = fieldMapping('name', 'name');
const city = fieldMapping('city', 'address1_city');
const earlier = new Date('2026-01-01T10:00:00Z');
const later = new Date('2026-01-01T11:00:00Z');
/** Values agree when their text agrees (references are not involved here). */
const sameText = (erp: Record<string, unknown>, crm: Record<string, unknown>) => (f: FieldMapping) => String(erp[f.erpField]) === String(crm[f.crmField]);

function merge(
  erp: Record<string, unknown>,
  crm: Record<string, unknown>,
  base: Record<string, [string | null, string | null]> | null,
  over = {},
  modified = { erp: earlier, crm: earlier },
) {
  const decision = mergePair(tableMapping(over), [name, city], erp, crm, base, modified, sameText(erp, crm));
  return { toCrm: decision.toCrm.map((f) => f.erpField), toErp: decision.toErp.map((f) => f.erpField), conflicts: decision.conflicts };
}

describe(mergePair.name, () => {
  const base = { name: ['Ada', 'Ada'], city: ['Paris', 'Paris'] } as Record<string, [string, string]>;

  it('should carry a field changed on one side only to the other side', () => {
    expect(merge({ name: 'Ada Ltd', city: 'Paris' }, { name: 'Ada', address1_city: 'Lyon' }, base)).toEqual({ toCrm: ['name'], toErp: ['city'], conflicts: [] });
  });

  it('should do nothing when neither side changed', () => {
    expect(merge({ name: 'Ada', city: 'Paris' }, { name: 'Ada', address1_city: 'Paris' }, base)).toEqual({ toCrm: [], toErp: [], conflicts: [] });
  });

  it('should do nothing when both sides changed to the same value', () => {
    expect(merge({ name: 'Ada Ltd', city: 'Paris' }, { name: 'Ada Ltd', address1_city: 'Paris' }, base)).toEqual({ toCrm: [], toErp: [], conflicts: [] });
  });

  it('should leave a field changed on both sides open as a conflict without a resolution', () => {
    const out = merge({ name: 'Ada Ltd', city: 'Paris' }, { name: 'Ada SA', address1_city: 'Paris' }, base);
    expect(out.toCrm).toEqual([]);
    expect(out.toErp).toEqual([]);
    expect(out.conflicts).toEqual([{ erpField: 'name', crmField: 'name', baseValue: 'Ada', erpValue: 'Ada Ltd', crmValue: 'Ada SA' }]);
  });

  it.each([
    [ConflictResolution.SEND_UPDATE_TO_CRM, { toCrm: ['name'], toErp: [] }],
    [ConflictResolution.GET_UPDATE_FROM_CRM, { toCrm: [], toErp: ['name'] }],
  ])('should settle a conflict by the mapping resolution %s', (conflictResolution, expected) => {
    expect(merge({ name: 'Ada Ltd', city: 'Paris' }, { name: 'Ada SA', address1_city: 'Paris' }, base, { conflictResolution })).toEqual({ ...expected, conflicts: [] });
  });

  it('should let the more recently modified record win every differing field without a base', () => {
    const erp = { name: 'Ada Ltd', city: 'Paris' };
    const crm = { name: 'Ada SA', address1_city: 'Paris' };
    expect(merge(erp, crm, null, {}, { erp: later, crm: earlier })).toEqual({ toCrm: ['name'], toErp: [], conflicts: [] });
    expect(merge(erp, crm, null, {}, { erp: earlier, crm: later })).toEqual({ toCrm: [], toErp: ['name'], conflicts: [] });
    // A tie goes to the ERP.
    expect(merge(erp, crm, null, {}, { erp: earlier, crm: earlier })).toEqual({ toCrm: ['name'], toErp: [], conflicts: [] });
  });

  it('should never carry a field against the table direction', () => {
    expect(merge({ name: 'Ada', city: 'Paris' }, { name: 'Ada', address1_city: 'Lyon' }, base, { direction: SyncDirection.TO_CRM })).toEqual({
      toCrm: [],
      toErp: [],
      conflicts: [],
    });
    // Changed on both sides, only one way allowed: that way wins, no conflict.
    expect(merge({ name: 'Ada Ltd', city: 'Paris' }, { name: 'Ada SA', address1_city: 'Paris' }, base, { direction: SyncDirection.FROM_CRM })).toEqual({
      toCrm: [],
      toErp: ['name'],
      conflicts: [],
    });
  });

  it('should skip disabled fields and respect a field direction', () => {
    const erp = { name: 'Ada Ltd', city: 'Rome' };
    const crm = { name: 'Ada', address1_city: 'Paris' };
    const fields = [fieldMapping('name', 'name', { enabled: false }), fieldMapping('city', 'address1_city', { direction: SyncDirection.FROM_CRM })];
    const decision = mergePair(tableMapping(), fields, erp, crm, base, { erp: earlier, crm: earlier }, sameText(erp, crm));
    expect(decision).toEqual({ toCrm: [], toErp: [], conflicts: [] });
  });

  it('should compare dates by their ISO text against the base', () => {
    const at = new Date('2026-03-01T00:00:00.000Z');
    const decision = mergePair(
      tableMapping(),
      [fieldMapping('due', 'due')],
      { due: at },
      { due: at.toISOString() },
      { due: [at.toISOString(), at.toISOString()] },
      { erp: earlier, crm: earlier },
      () => true,
    );
    expect(decision).toEqual({ toCrm: [], toErp: [], conflicts: [] });
  });
});
