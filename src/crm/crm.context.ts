import { AuthContext } from '../shared/auth';
import type { CrmServices } from './crm.services';
import type { CrmLoaders } from './crm.loaders';

/** What CRM resolvers find in the request context. */
export interface CrmContext extends AuthContext {
  crm: CrmServices;
  crmLoaders: CrmLoaders;
}
