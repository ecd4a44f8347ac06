import { FullSyncRecommendation, SyncDirection } from '../../../src/sync/enums';
import { FullSyncService, waysOf } from '../../../src/sync/fullsync/full-sync.service';

describe(FullSyncService.name, () => {
  it.each([
    [0, 0, FullSyncRecommendation.NO_RECORDS],
    [5, 0, FullSyncRecommendation.FULL_SYNCHRONIZATION],
    [0, 5, FullSyncRecommendation.FULL_SYNCHRONIZATION],
    [5, 3, FullSyncRecommendation.COUPLE_RECORDS],
  ])('should recommend for %i ERP and %i CRM records: %s', (erp, crm, expected) => {
    expect(FullSyncService.recommend(erp, crm)).toBe(expected);
  });
});

describe(waysOf.name, () => {
  it('should move a bidirectional mapping TO_CRM first, then FROM_CRM', () => {
    expect(waysOf(SyncDirection.BIDIRECTIONAL)).toEqual([SyncDirection.TO_CRM, SyncDirection.FROM_CRM]);
    expect(waysOf(SyncDirection.FROM_CRM)).toEqual([SyncDirection.FROM_CRM]);
  });
});
