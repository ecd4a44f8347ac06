import { DataSource } from 'typeorm';
import { transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { badInput } from '../shared/errors';
import { Dec } from '../shared/decimal';
import { uniqueWrite } from '../shared/repository';
import { SystemUser } from './system-user.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { Unit, UnitGroup } from './unit-group.entity';
import { SystemUserInput, TransactionCurrencyInput, UnitGroupInput } from './master-data.input';
import { findById } from './reference.service';

/** System users, transaction currencies and unit groups: the CRM's reference tables. */
export class MasterDataService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  systemUsers = () => this.db.getRepository(SystemUser).find({ order: { fullName: 'ASC', id: 'ASC' } });
  systemUser = (id: string) => findById(this.db, SystemUser, id);
  transactionCurrencies = () => this.db.getRepository(TransactionCurrency).find({ order: { isoCurrencyCode: 'ASC' } });
  transactionCurrency = (id: string) => findById(this.db, TransactionCurrency, id);
  unitGroups = () => this.db.getRepository(UnitGroup).find({ order: { name: 'ASC' } });
  unitGroup = (id: string) => findById(this.db, UnitGroup, id);
  unit = (id: string) => findById(this.db, Unit, id);

  /** The base unit of a unit group (the unit named like the group's baseUnitName). */
  baseUnit = (group: UnitGroup) => this.db.getRepository(Unit).findOneBy({ unitGroupId: group.id, name: group.baseUnitName });

  async createSystemUser(input: SystemUserInput): Promise<SystemUser> {
    const row: SystemUser = {
      id: this.ids.uuid(),
      fullName: input.fullName,
      email: input.email ?? null,
      isDisabled: false,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => m.getRepository(SystemUser).insert(row));
    return row;
  }

  /** A currency; the ISO code is unique (CONFLICT) and the exchange rate defaults to 1. */
  async createTransactionCurrency(input: TransactionCurrencyInput): Promise<TransactionCurrency> {
    const exchangeRate = input.exchangeRate ?? '1';
    // A zero rate would turn every converted amount into zero: refuse it with the input mistakes.
    if (!new Dec(exchangeRate).greaterThan(0)) throw badInput('exchangeRate must be greater than 0');
    const row: TransactionCurrency = {
      id: this.ids.uuid(),
      isoCurrencyCode: input.isoCurrencyCode,
      currencyName: input.currencyName,
      exchangeRate,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => uniqueWrite(() => m.getRepository(TransactionCurrency).insert(row), `Transaction currency ${input.isoCurrencyCode} already exists`));
    return row;
  }

  /** A unit group together with its base unit (quantity 1), in one transaction; the name is unique (CONFLICT). */
  async createUnitGroup(input: UnitGroupInput): Promise<UnitGroup> {
    const group: UnitGroup = { id: this.ids.uuid(), name: input.name, baseUnitName: input.baseUnitName, modifiedOn: this.clock.now() };
    const base: Unit = { id: this.ids.uuid(), unitGroupId: group.id, name: input.baseUnitName, quantity: '1' };
    await transaction(this.db, async (m) => {
      await uniqueWrite(() => m.getRepository(UnitGroup).insert(group), `Unit group ${input.name} already exists`);
      await m.getRepository(Unit).insert(base);
    });
    return group;
  }
}
