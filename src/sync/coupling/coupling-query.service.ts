import { DataSource } from 'typeorm';
import { isUuid } from '../../shared/clock';
import { badInput } from '../../shared/errors';
import { Page, PageArgs, paginate } from '../../shared/pagination';
import { Coupling } from '../coupling.entity';
import { SyncResult, TableMappingName } from '../enums';

/** Filter of the `couplings` list. */
export interface CouplingFilterArgs {
  mapping?: TableMappingName;
  skipped?: boolean;
  lastSyncResult?: SyncResult;
}

/** Checks a record reference: exactly one of erpId / crmId, and crmId a UUID. */
export function checkRecordRef(ref: { erpId?: string | null; crmId?: string | null }): void {
  if (!!ref.erpId === !!ref.crmId) throw badInput('Give exactly one of erpId and crmId');
  if (ref.crmId && !isUuid(ref.crmId)) throw badInput(`crmId: "${ref.crmId}" is not a UUID`);
}

/** Reads couplings. */
export class CouplingQueryService {
  constructor(private readonly db: DataSource) {}

  /** Couplings by mapping, then ERP record key (the unique index), so an operator reads them in a known order. */
  list(args: PageArgs, filter: CouplingFilterArgs = {}): Promise<Page<Coupling>> {
    const qb = this.db.getRepository(Coupling).createQueryBuilder('c');
    if (filter.mapping) qb.andWhere('c.mapping = :mapping', { mapping: filter.mapping });
    if (filter.skipped != null) qb.andWhere('c.skipped = :skipped', { skipped: filter.skipped });
    if (filter.lastSyncResult) qb.andWhere('c.lastSyncResult = :result', { result: filter.lastSyncResult });
    return paginate(
      qb,
      [
        { column: 'c.mapping', property: 'mapping' },
        { column: 'c.erpId', property: 'erpId' },
      ],
      args,
    );
  }

  find(mapping: TableMappingName, ref: { erpId?: string | null; crmId?: string | null }): Promise<Coupling | null> {
    checkRecordRef(ref);
    return this.db.getRepository(Coupling).findOneBy(ref.erpId ? { mapping, erpId: ref.erpId } : { mapping, crmId: ref.crmId! });
  }
}
