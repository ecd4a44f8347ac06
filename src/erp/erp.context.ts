import { AuthContext } from '../shared/auth';
import type { ErpServices } from './erp.services';
import type { ErpLoaders } from './erp.loaders';

/** What ERP resolvers find in the request context. */
export interface ErpContext extends AuthContext {
  erp: ErpServices;
  erpLoaders: ErpLoaders;
}
