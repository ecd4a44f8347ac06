import { RecordConnector } from './record-connector';

/** How the sync engine reaches CRM records (see ErpConnector). */
export interface CrmConnector extends RecordConnector {
  /** The id of a unit group's base unit. */
  baseUnitId(unitGroupId: string): Promise<string | null>;
}
