import { AuthContext } from '../shared/auth';
import type { SyncServices } from './sync.services';
import type { SyncLoaders } from './sync.loaders';

/** What sync resolvers find in the request context. */
export interface SyncContext extends AuthContext {
  sync: SyncServices;
  syncLoaders: SyncLoaders;
}
