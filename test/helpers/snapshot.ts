import { Stores } from '../../src/gateway/stores';

/**
 * Every row of every table of the three stores, as JSON: two equal snapshots prove that a
 * refused request changed nothing anywhere.
 */
export async function snapshotStores(stores: Stores): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const [name, ds] of Object.entries(stores)) {
    for (const meta of ds.entityMetadatas) {
      const rows = await ds.getRepository(meta.target).find();
      out[`${name}.${meta.tableName}`] = rows.map((r) => JSON.stringify(r)).sort();
    }
  }
  return JSON.stringify(out);
}
