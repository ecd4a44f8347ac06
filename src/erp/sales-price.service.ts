import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '../shared/clock';
import { transaction } from '../shared/db';
import { badInput } from '../shared/errors';
import { uniqueWrite } from '../shared/repository';
import { SalesPrice } from './sales-price.entity';
import { SalesPriceInput } from './master-data.input';
import { MasterDataService } from './master-data.service';
import { ItemService } from './item.service';

/** Sales prices of customer price groups. */
export class SalesPriceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly masterData: MasterDataService,
    private readonly items: ItemService,
  ) {}

  get = (id: string) => this.db.getRepository(SalesPrice).findOneBy({ id });

  async create(input: SalesPriceInput): Promise<SalesPrice> {
    if (!!input.itemNo === !!input.resourceNo) throw badInput('Give exactly one of itemNo and resourceNo');
    if (!(await this.masterData.customerPriceGroup(input.customerPriceGroupCode))) {
      throw badInput(`Customer price group ${input.customerPriceGroupCode} does not exist`);
    }
    await this.masterData.checkReferences({ unitOfMeasureCode: input.unitOfMeasureCode, currencyCode: input.currencyCode });
    if (input.itemNo && !(await this.items.get(input.itemNo))) throw badInput(`Item ${input.itemNo} does not exist`);
    if (input.resourceNo && !(await this.items.resource(input.resourceNo))) throw badInput(`Resource ${input.resourceNo} does not exist`);
    const row: SalesPrice = {
      id: this.ids.uuid(),
      customerPriceGroupCode: input.customerPriceGroupCode,
      itemNo: input.itemNo ?? null,
      resourceNo: input.resourceNo ?? null,
      unitOfMeasureCode: input.unitOfMeasureCode,
      currencyCode: input.currencyCode ?? null,
      minimumQuantity: input.minimumQuantity ?? '0',
      unitPrice: input.unitPrice,
      modifiedAt: this.clock.now(),
    };
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(SalesPrice);
      // NULLs never collide in a unique index, so the duplicate check is done here as well.
      const same = await repo.findOneBy({
        customerPriceGroupCode: row.customerPriceGroupCode,
        unitOfMeasureCode: row.unitOfMeasureCode,
        minimumQuantity: row.minimumQuantity,
        ...(row.itemNo ? { itemNo: row.itemNo } : { resourceNo: row.resourceNo! }),
      });
      if (same && same.currencyCode === row.currencyCode) {
        throw badInput(`A price for ${row.itemNo ?? row.resourceNo} in ${row.customerPriceGroupCode} with that unit, currency and minimum quantity exists`);
      }
      await uniqueWrite(() => repo.insert(row), 'This sales price already exists');
      return row;
    });
  }
}
