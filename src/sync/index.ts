import { buildSubgraph, mergeResolvers, Subgraph } from '../shared/subgraph';
import { DecimalScalar } from '../shared/scalars';
import { MappingResolver } from './mappings/mapping.resolver';
import { CouplingResolver } from './coupling/coupling.resolver';
import { SyncJobResolver, FullSyncRunResolver, FullSyncLineResolver } from './jobs/sync-job.resolver';
import { ProgressResolver } from './jobs/progress.resolver';
import { CouplingLabelResolver, MappingHealthResolver, MeResolver, SetupHealthResolver, SyncJobRateResolver } from './console/console.resolver';
import { coupledFieldsSchema } from './coupling/coupled-fields';
import { DOCUMENT_MUTATIONS_SDL, documentMutationResolvers } from './documents/documents.schema';

export { SYNC_ENTITIES } from './entities';
export { createSyncServices, startSyncWorkers, type SyncServices, type SyncDeps } from './sync.services';
export { createSyncLoaders, type SyncLoaders } from './sync.loaders';
export type { SyncContext } from './sync.context';
export { InProcessErpConnector, InProcessCrmConnector } from './connectors/in-process.connectors';

/** Builds the sync subgraph: mappings, couplings, jobs, progress subscriptions and the coupling fields of every entity. */
export function buildSyncSubgraph(): Promise<Subgraph> {
  const coupled = coupledFieldsSchema();
  return buildSubgraph(
    'sync',
    {
      resolvers: [
        MappingResolver,
        CouplingResolver,
        SyncJobResolver,
        FullSyncRunResolver,
        FullSyncLineResolver,
        ProgressResolver,
        MeResolver,
        MappingHealthResolver,
        SetupHealthResolver,
        SyncJobRateResolver,
        CouplingLabelResolver,
      ],
      // Every subscription brings its own `subscribe` reading the EventBus of the request
      // context; type-graphql still insists on a pubSub, which is never used.
      pubSub: {
        publish: () => undefined,
        subscribe: () => {
          throw new Error('subscriptions read the EventBus of the request context');
        },
      },
    },
    mergeResolvers(coupled.resolvers, documentMutationResolvers, { Decimal: DecimalScalar as never }),
    `scalar Decimal\n\n${coupled.sdl}\n\n${DOCUMENT_MUTATIONS_SDL}`,
  );
}
