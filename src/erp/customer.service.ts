import { DataSource, In } from 'typeorm';
import { Batcher } from '../shared/batcher';
import { transaction, forUpdate } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { DeletedRecord } from '../shared/tombstone.entity';
import { conflict, notFound, badInput } from '../shared/errors';
import { applyPatch, uniqueWrite } from '../shared/repository';
import { LIKE_ESCAPE, likePattern, Page, paginate } from '../shared/pagination';
import { Customer } from './customer.entity';
import { Contact } from './contact.entity';
import { SalesOrder } from './sales-order.entity';
import { SalesQuote } from './sales-quote.entity';
import { ContactInput, CustomerInput, CustomerUpdateInput } from './customer.input';
import { MasterDataService } from './master-data.service';
import { NoSeriesService } from './no-series.service';
import { ListArgs } from '../shared/list-args';

/** Optional code references: an empty string means "none". */
export function blankToNull<T extends object>(input: T, keys: Array<keyof T>): T {
  const out = { ...input };
  for (const k of keys) if (out[k] === ('' as never)) out[k] = null as never;
  return out;
}

const REF_KEYS = ['salespersonCode', 'currencyCode', 'customerPriceGroupCode'] as const;

/** ERP customers and their contacts. */
export class CustomerService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly masterData: MasterDataService,
    private readonly noSeries: NoSeriesService,
    private readonly ids: IdGenerator,
  ) {}

  get = (no: string) => this.db.getRepository(Customer).findOneBy({ no });
  contact = (no: string) => this.db.getRepository(Contact).findOneBy({ no });

  /**
   * A page of customers: `search` matches name or number (case-insensitive), `modifiedSince` is
   * exclusive; `columns`: only those properties are read (see `paginate`).
   */
  list(args: ListArgs, columns?: readonly string[]): Promise<Page<Customer>> {
    const qb = this.db.getRepository(Customer).createQueryBuilder('c');
    if (args.search) qb.andWhere(`(LOWER(c.name) LIKE :q ${LIKE_ESCAPE} OR LOWER(c.no) LIKE :q ${LIKE_ESCAPE})`, { q: likePattern(args.search) });
    if (args.modifiedSince) qb.andWhere('c.modifiedAt > :since', { since: args.modifiedSince });
    return paginate(qb, [{ column: 'c.no', property: 'no' }], args, columns);
  }

  /**
   * Creations that take their number from the series run in batches: concurrent creations would
   * each hold the series' row lock for a transaction's round trips, one after the other; a batch
   * takes a block of numbers under one lock and inserts its rows in one statement.
   */
  private readonly numbered = new Batcher<CustomerInput, Customer>(
    (inputs) =>
      transaction(this.db, async (m) => {
        const repo = m.getRepository(Customer);
        const nos = await this.noSeries.nextBlock(
          m,
          'CUSTOMER',
          inputs.length,
          async (block) => new Set((await repo.find({ where: { no: In(block) }, select: { no: true } })).map((r) => r.no)),
        );
        const rows = inputs.map((input, i) => this.newRow(nos[i], input));
        await repo.insert(rows);
        return rows;
      }),
    (input) =>
      transaction(this.db, async (m) => {
        const repo = m.getRepository(Customer);
        let created: Customer | undefined;
        // The next free number of the series: the insert itself finds out whether a number is taken.
        await this.noSeries.insertNext(m, 'CUSTOMER', (no) => repo.insert((created = this.newRow(no, input))));
        return created!;
      }),
  );

  async create(raw: CustomerInput): Promise<Customer> {
    const input = blankToNull(raw, [...REF_KEYS]);
    await this.masterData.checkReferences(input);
    if (!input.no) return this.numbered.run(input);
    return transaction(this.db, async (m) => {
      const row = this.newRow(input.no!, input);
      await uniqueWrite(() => m.getRepository(Customer).insert(row), `Customer ${input.no} already exists`);
      return row;
    });
  }

  /** A new customer row of an input. */
  private newRow(no: string, input: CustomerInput): Customer {
    return {
      no,
      name: input.name,
      address: input.address ?? null,
      city: input.city ?? null,
      postCode: input.postCode ?? null,
      countryCode: input.countryCode ?? null,
      phoneNo: input.phoneNo ?? null,
      email: input.email ?? null,
      homePage: input.homePage ?? null,
      salespersonCode: input.salespersonCode ?? null,
      currencyCode: input.currencyCode ?? null,
      customerPriceGroupCode: input.customerPriceGroupCode ?? null,
      creditLimit: input.creditLimit ?? '0',
      blocked: false,
      modifiedAt: this.clock.now(),
    };
  }

  async update(no: string, raw: CustomerUpdateInput): Promise<Customer> {
    const input = blankToNull(raw, [...REF_KEYS]);
    if (input.name === null || input.creditLimit === null || input.blocked === null) {
      throw badInput('name, creditLimit and blocked cannot be set to null');
    }
    await this.masterData.checkReferences(input);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Customer);
      const row = await repo.findOne({ where: { no }, ...forUpdate(m) });
      if (!row) throw notFound('Customer', no);
      applyPatch(row, input).modifiedAt = this.clock.now();
      await repo.save(row);
      return row;
    });
  }

  /** Deletes a customer that no sales document uses; its contacts lose their company. */
  async delete(no: string): Promise<boolean> {
    return transaction(this.db, async (m) => {
      if (!(await m.getRepository(Customer).existsBy({ no }))) throw notFound('Customer', no);
      const used = (await m.getRepository(SalesOrder).existsBy({ sellToCustomerNo: no })) || (await m.getRepository(SalesQuote).existsBy({ sellToCustomerNo: no }));
      if (used) throw conflict(`Customer ${no} has sales documents and cannot be deleted`);
      await m.getRepository(Contact).update({ customerNo: no }, { customerNo: null, modifiedAt: this.clock.now() });
      await m.getRepository(Customer).delete({ no });
      // The sync engine learns of deletions from this tombstone (see DeletedRecord).
      await m.getRepository(DeletedRecord).insert({ id: this.ids.uuid(), tableName: 'Customer', recordKey: no, deletedAt: this.clock.now() });
      return true;
    });
  }

  async createContact(raw: ContactInput): Promise<Contact> {
    const input = blankToNull(raw, ['customerNo']);
    if (input.customerNo && !(await this.get(input.customerNo))) throw badInput(`Customer ${input.customerNo} does not exist`);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Contact);
      const no = input.no ?? (await this.noSeries.next(m, 'CONTACT', (n) => repo.existsBy({ no: n })));
      const row: Contact = {
        no,
        name: input.name,
        customerNo: input.customerNo ?? null,
        jobTitle: input.jobTitle ?? null,
        email: input.email ?? null,
        phoneNo: input.phoneNo ?? null,
        modifiedAt: this.clock.now(),
      };
      await uniqueWrite(() => repo.insert(row), `Contact ${no} already exists`);
      return row;
    });
  }
}
