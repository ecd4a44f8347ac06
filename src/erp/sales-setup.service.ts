import { DataSource } from 'typeorm';
import { transaction } from '../shared/db';
import { badInput } from '../shared/errors';
import { SalesSetup, WriteInProductType } from './sales-setup.entity';
import { SalesSetupInput } from './master-data.input';
import { ItemService } from './item.service';

const SETUP_ID = 'SETUP';

/** Sales & Receivables Setup (the write-in product used for CRM write-in lines). */
export class SalesSetupService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ItemService,
  ) {}

  async get(): Promise<SalesSetup> {
    return (
      (await this.db.getRepository(SalesSetup).findOneBy({ id: SETUP_ID })) ?? {
        id: SETUP_ID,
        writeInProductType: null,
        writeInProductNo: null,
      }
    );
  }

  /** Sets the write-in product; type and number must name an existing item or resource together. */
  async update(input: SalesSetupInput): Promise<SalesSetup> {
    const current = await this.get();
    const next: SalesSetup = {
      id: SETUP_ID,
      writeInProductType: input.writeInProductType === undefined ? current.writeInProductType : input.writeInProductType,
      writeInProductNo: input.writeInProductNo === undefined ? current.writeInProductNo : input.writeInProductNo || null,
    };
    if (!!next.writeInProductType !== !!next.writeInProductNo) {
      throw badInput('writeInProductType and writeInProductNo must be set (or cleared) together');
    }
    if (next.writeInProductType === WriteInProductType.ITEM && !(await this.items.get(next.writeInProductNo!))) {
      throw badInput(`Item ${next.writeInProductNo} does not exist`);
    }
    if (next.writeInProductType === WriteInProductType.RESOURCE && !(await this.items.resource(next.writeInProductNo!))) {
      throw badInput(`Resource ${next.writeInProductNo} does not exist`);
    }
    await transaction(this.db, (m) => m.getRepository(SalesSetup).save(next));
    return next;
  }
}
