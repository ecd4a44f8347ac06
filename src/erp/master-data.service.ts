import { DataSource } from 'typeorm';
import { transaction } from '../shared/db';
import { Dec } from '../shared/decimal';
import { Clock } from '../shared/clock';
import { badInput, notFound } from '../shared/errors';
import { applyPatch, uniqueWrite } from '../shared/repository';
import { Salesperson } from './salesperson.entity';
import { Currency } from './currency.entity';
import { UnitOfMeasure } from './unit-of-measure.entity';
import { CustomerPriceGroup } from './customer-price-group.entity';
import { CurrencyInput, CustomerPriceGroupInput, SalespersonInput, SalespersonUpdateInput, UnitOfMeasureInput } from './master-data.input';

/** Salespeople, currencies, units of measure and customer price groups: the ERP's code tables. */
export class MasterDataService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  salespeople = () => this.db.getRepository(Salesperson).find({ order: { code: 'ASC' } });
  salesperson = (code: string) => this.db.getRepository(Salesperson).findOneBy({ code });
  currencies = () => this.db.getRepository(Currency).find({ order: { code: 'ASC' } });
  currency = (code: string) => this.db.getRepository(Currency).findOneBy({ code });
  unitsOfMeasure = () => this.db.getRepository(UnitOfMeasure).find({ order: { code: 'ASC' } });
  unitOfMeasure = (code: string) => this.db.getRepository(UnitOfMeasure).findOneBy({ code });
  customerPriceGroups = () => this.db.getRepository(CustomerPriceGroup).find({ order: { code: 'ASC' } });
  customerPriceGroup = (code: string) => this.db.getRepository(CustomerPriceGroup).findOneBy({ code });

  async createSalesperson(input: SalespersonInput): Promise<Salesperson> {
    const row = { ...input, email: input.email ?? null, modifiedAt: this.clock.now() };
    await uniqueWrite(() => transaction(this.db, (m) => m.getRepository(Salesperson).insert(row)), `Salesperson ${input.code} already exists`);
    return row;
  }

  async updateSalesperson(code: string, input: SalespersonUpdateInput): Promise<Salesperson> {
    if (input.name === null) throw badInput('name cannot be set to null');
    return transaction(this.db, async (m) => {
      const row = await m.getRepository(Salesperson).findOneBy({ code });
      if (!row) throw notFound('Salesperson', code);
      applyPatch(row, input).modifiedAt = this.clock.now();
      await m.getRepository(Salesperson).save(row);
      return row;
    });
  }

  async createCurrency(input: CurrencyInput): Promise<Currency> {
    // A zero rate would turn every converted amount into zero.
    if (input.exchangeRate != null && !new Dec(input.exchangeRate).greaterThan(0)) throw badInput('exchangeRate must be greater than 0');
    const row = { ...input, exchangeRate: input.exchangeRate ?? '1', modifiedAt: this.clock.now() };
    await uniqueWrite(() => transaction(this.db, (m) => m.getRepository(Currency).insert(row)), `Currency ${input.code} already exists`);
    return row;
  }

  async createUnitOfMeasure(input: UnitOfMeasureInput): Promise<UnitOfMeasure> {
    const row = { ...input, modifiedAt: this.clock.now() };
    await uniqueWrite(() => transaction(this.db, (m) => m.getRepository(UnitOfMeasure).insert(row)), `Unit of measure ${input.code} already exists`);
    return row;
  }

  async createCustomerPriceGroup(input: CustomerPriceGroupInput): Promise<CustomerPriceGroup> {
    const row = { ...input, modifiedAt: this.clock.now() };
    await uniqueWrite(() => transaction(this.db, (m) => m.getRepository(CustomerPriceGroup).insert(row)), `Customer price group ${input.code} already exists`);
    return row;
  }

  /** Refuses references to code-table rows that do not exist (before anything is written). */
  async checkReferences(refs: {
    salespersonCode?: string | null;
    currencyCode?: string | null;
    customerPriceGroupCode?: string | null;
    unitOfMeasureCode?: string | null;
  }): Promise<void> {
    const checks: Array<[string | null | undefined, () => Promise<unknown>, string]> = [
      [refs.salespersonCode, () => this.salesperson(refs.salespersonCode!), 'Salesperson'],
      [refs.currencyCode, () => this.currency(refs.currencyCode!), 'Currency'],
      [refs.customerPriceGroupCode, () => this.customerPriceGroup(refs.customerPriceGroupCode!), 'Customer price group'],
      [refs.unitOfMeasureCode, () => this.unitOfMeasure(refs.unitOfMeasureCode!), 'Unit of measure'],
    ];
    for (const [code, find, label] of checks) {
      // Exact match only: a code in another case or with trailing blanks names no record.
      const row = code ? ((await find()) as { code: string } | null) : null;
      if (code && row?.code !== code) throw badInput(`${label} ${code} does not exist`);
    }
  }
}
