/**
 * How the sync engine reaches ERP records: batch reads and writes by id, never the ERP tables
 * themselves. The built-in implementation calls the ERP subgraph's services in process; a
 * connector for a remote ERP is another implementation of the same interface.
 */
export interface ErpConnector {
  /** Live inventory of items, by item number (missing items are absent from the map). */
  itemInventory(itemNos: readonly string[]): Promise<Map<string, string>>;
}
