import { InitialErp1764000000000 } from './erp/1764000000000-initial-erp';
import { InitialCrm1764000000000 } from './crm/1764000000000-initial-crm';
import { InitialSync1764000000000 } from './sync/1764000000000-initial-sync';
import { TombstonesErp1764100000000 } from './erp/1764100000000-tombstones-erp';
import { TombstonesCrm1764100000000 } from './crm/1764100000000-tombstones-crm';
import { JobLocks1764100000000 } from './sync/1764100000000-job-locks';
import { CouplingStamps1764200000000 } from './sync/1764200000000-coupling-stamps';
import { CouplingIndexes1764300000000 } from './sync/1764300000000-coupling-indexes';
import { DocumentOriginErp1764410000000 } from './erp/1764410000000-document-origin';
import { ResourcePrices1764410000000 } from './sync/1764410000000-resource-prices';
import { QuoteRevisionErp1764500000000 } from './erp/1764500000000-quote-revision';
import { JobParts1764600000000 } from './sync/1764600000000-job-parts';
import { CouplingFailedIndex1764700000000 } from './sync/1764700000000-coupling-failed-index';

/** Migrations of each store, oldest first. */
export const MIGRATIONS = {
  erp: [InitialErp1764000000000, TombstonesErp1764100000000, DocumentOriginErp1764410000000, QuoteRevisionErp1764500000000],
  crm: [InitialCrm1764000000000, TombstonesCrm1764100000000],
  sync: [InitialSync1764000000000, JobLocks1764100000000, CouplingStamps1764200000000, CouplingIndexes1764300000000, ResourcePrices1764410000000, JobParts1764600000000, CouplingFailedIndex1764700000000],
};
