import { buildErpSubgraph } from '../erp';
import { buildCrmSubgraph } from '../crm';
import { buildSyncSubgraph } from '../sync';
import { Subgraph } from '../shared/subgraph';

/** The three subgraphs by name. */
export interface Subgraphs {
  erp: Subgraph;
  crm: Subgraph;
  sync: Subgraph;
}

let built: Promise<Subgraphs> | undefined;

/**
 * Builds the subgraph schemas once per process: they are stateless (every resolver takes its
 * services from the request context), so any number of gateways in one process share them.
 */
export function getSubgraphs(): Promise<Subgraphs> {
  built ??= (async () => {
    // type-graphql builds one schema at a time (its build context is global).
    const erp = await buildErpSubgraph();
    const crm = await buildCrmSubgraph();
    const sync = await buildSyncSubgraph();
    return { erp, crm, sync };
  })();
  return built;
}
