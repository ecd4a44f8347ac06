import { DataSource } from 'typeorm';
import { transaction, forUpdate } from '../shared/db';
import { Clock } from '../shared/clock';
import { badInput, notFound } from '../shared/errors';
import { Dec, MONEY, checkFits } from '../shared/decimal';
import { applyPatch, uniqueWrite } from '../shared/repository';
import { LIKE_ESCAPE, likePattern, Page, paginate } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Item, ItemType } from './item.entity';
import { Resource } from './resource.entity';
import { ItemInput, ItemUpdateInput, ResourceInput } from './item.input';
import { MasterDataService } from './master-data.service';
import { NoSeriesService } from './no-series.service';

/** Items (with inventory) and resources: what the ERP sells. */
export class ItemService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly masterData: MasterDataService,
    private readonly noSeries: NoSeriesService,
  ) {}

  get = (no: string) => this.db.getRepository(Item).findOneBy({ no });
  resource = (no: string) => this.db.getRepository(Resource).findOneBy({ no });

  list(args: ListArgs): Promise<Page<Item>> {
    const qb = this.db.getRepository(Item).createQueryBuilder('i');
    if (args.search) qb.andWhere(`(LOWER(i.description) LIKE :q ${LIKE_ESCAPE} OR LOWER(i.no) LIKE :q ${LIKE_ESCAPE})`, { q: likePattern(args.search) });
    if (args.modifiedSince) qb.andWhere('i.modifiedAt > :since', { since: args.modifiedSince });
    return paginate(qb, [{ column: 'i.no', property: 'no' }], args);
  }

  listResources(args: ListArgs): Promise<Page<Resource>> {
    const qb = this.db.getRepository(Resource).createQueryBuilder('r');
    if (args.search) qb.andWhere(`(LOWER(r.name) LIKE :q ${LIKE_ESCAPE} OR LOWER(r.no) LIKE :q ${LIKE_ESCAPE})`, { q: likePattern(args.search) });
    if (args.modifiedSince) qb.andWhere('r.modifiedAt > :since', { since: args.modifiedSince });
    return paginate(qb, [{ column: 'r.no', property: 'no' }], args);
  }

  async create(input: ItemInput): Promise<Item> {
    await this.masterData.checkReferences({ unitOfMeasureCode: input.baseUnitOfMeasureCode });
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Item);
      const no = input.no ?? (await this.noSeries.next(m, 'ITEM', (n) => repo.existsBy({ no: n })));
      const row: Item = {
        no,
        description: input.description,
        type: input.type ?? ItemType.INVENTORY,
        baseUnitOfMeasureCode: input.baseUnitOfMeasureCode,
        unitPrice: input.unitPrice ?? '0',
        unitCost: input.unitCost ?? '0',
        inventory: '0',
        blocked: false,
        modifiedAt: this.clock.now(),
      };
      await uniqueWrite(() => repo.insert(row), `Item ${no} already exists`);
      return row;
    });
  }

  async update(no: string, input: ItemUpdateInput): Promise<Item> {
    if (Object.values(input).some((v) => v === null)) throw badInput('Item fields cannot be set to null');
    await this.masterData.checkReferences({ unitOfMeasureCode: input.baseUnitOfMeasureCode });
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Item);
      const row = await repo.findOne({ where: { no }, ...forUpdate(m) });
      if (!row) throw notFound('Item', no);
      applyPatch(row, input).modifiedAt = this.clock.now();
      await repo.save(row);
      return row;
    });
  }

  /**
   * Changes inventory by `delta` (positive: receipt, negative: consumption) in one atomic step;
   * inventory of an INVENTORY item never goes below zero.
   */
  async adjustInventory(no: string, delta: string): Promise<Item> {
    const d = new Dec(delta);
    checkFits(d, MONEY, 'delta');
    if (d.isZero()) throw badInput('delta must not be zero');
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Item);
      const row = await repo.findOne({ where: { no }, ...forUpdate(m) });
      if (!row) throw notFound('Item', no);
      if (row.type !== ItemType.INVENTORY) throw badInput(`Item ${no} is of type ${row.type} and keeps no inventory`);
      const next = new Dec(row.inventory).plus(d);
      if (next.isNegative()) throw badInput(`Item ${no} has only ${row.inventory} in inventory`);
      checkFits(next, MONEY, 'inventory');
      row.inventory = next.toFixed();
      row.modifiedAt = this.clock.now();
      await repo.update({ no }, { inventory: row.inventory, modifiedAt: row.modifiedAt });
      return row;
    });
  }

  async createResource(input: ResourceInput): Promise<Resource> {
    await this.masterData.checkReferences({ unitOfMeasureCode: input.baseUnitOfMeasureCode });
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Resource);
      const no = input.no ?? (await this.noSeries.next(m, 'RESOURCE', (n) => repo.existsBy({ no: n })));
      const row: Resource = {
        no,
        name: input.name,
        baseUnitOfMeasureCode: input.baseUnitOfMeasureCode,
        unitPrice: input.unitPrice ?? '0',
        unitCost: input.unitCost ?? '0',
        blocked: false,
        modifiedAt: this.clock.now(),
      };
      await uniqueWrite(() => repo.insert(row), `Resource ${no} already exists`);
      return row;
    });
  }
}
