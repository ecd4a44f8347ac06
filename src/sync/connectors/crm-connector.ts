/**
 * How the sync engine reaches CRM records: batch reads and writes by id, never the CRM tables
 * themselves (see ErpConnector).
 */
export interface CrmConnector {
  /** Ids of the given CRM records that exist, per entity type. */
  existing(entity: string, ids: readonly string[]): Promise<Set<string>>;
}
