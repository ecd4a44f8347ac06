import { RecordConnector } from './record-connector';

/**
 * How the sync engine reaches ERP records: batch reads and writes by key, never the ERP tables
 * themselves. The built-in implementation works on the ERP subgraph's store in process.
 */
export interface ErpConnector extends RecordConnector {
  /** Live inventory of items, by item number (missing items are absent from the map). */
  itemInventory(itemNos: readonly string[]): Promise<Map<string, string>>;
}
