import { DataSource } from 'typeorm';
import { transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { uniqueWrite } from '../shared/repository';
import { PriceList, PriceListItem } from './price-list.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { Product } from './product.entity';
import { Unit } from './unit-group.entity';
import { PriceListInput, PriceListItemInput } from './master-data.input';
import { findById, ReferenceService } from './reference.service';
import { checkProductUnit } from './product.service';

/** Price lists and their items (the price of a product in a unit). */
export class PriceListService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly refs: ReferenceService,
  ) {}

  list = () => this.db.getRepository(PriceList).find({ order: { name: 'ASC' } });
  get = (id: string) => findById(this.db, PriceList, id);
  item = (id: string) => findById(this.db, PriceListItem, id);

  /** A price list; its name is unique (CONFLICT) and its currency must exist. */
  async create(input: PriceListInput): Promise<PriceList> {
    await this.refs.optional(TransactionCurrency, 'Transaction currency', input.transactionCurrencyId, 'transactionCurrencyId');
    const row: PriceList = {
      id: this.ids.uuid(),
      name: input.name,
      transactionCurrencyId: input.transactionCurrencyId ?? null,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => uniqueWrite(() => m.getRepository(PriceList).insert(row), `Price list ${input.name} already exists`));
    return row;
  }

  /**
   * The price of a product in a unit on a price list. The unit must belong to the product's unit
   * group when the product has one; one price per (price list, product, unit) (CONFLICT).
   */
  async createItem(input: PriceListItemInput): Promise<PriceListItem> {
    const priceList = await this.refs.require(PriceList, 'Price list', input.priceListId, 'priceListId');
    const product = await this.refs.require(Product, 'Product', input.productId, 'productId');
    const unit = await this.refs.require(Unit, 'Unit', input.unitId, 'unitId');
    checkProductUnit(product, unit);
    const row: PriceListItem = {
      id: this.ids.uuid(),
      priceListId: priceList.id,
      productId: product.id,
      unitId: unit.id,
      amount: input.amount,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) =>
      uniqueWrite(() => m.getRepository(PriceListItem).insert(row), `Price list ${priceList.name} already has a price for product ${product.productNumber} in unit ${unit.name}`),
    );
    return row;
  }
}
