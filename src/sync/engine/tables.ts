/** A record of either system as the engine sees it: GraphQL field names to plain values (decimals as strings). */
export type SyncRecord = Record<string, unknown>;
