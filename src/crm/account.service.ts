import { DeletedRecord } from '../shared/tombstone.entity';
import { DataSource } from 'typeorm';
import { forUpdate, transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { badInput, conflict, notFound } from '../shared/errors';
import { applyPatch } from '../shared/repository';
import { LIKE_ESCAPE, likePattern, Page, paginate } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Account } from './account.entity';
import { CrmContact } from './crm-contact.entity';
import { SystemUser } from './system-user.entity';
import { TransactionCurrency } from './transaction-currency.entity';
import { PriceList } from './price-list.entity';
import { Order } from './order.entity';
import { Quote } from './quote.entity';
import { RecordState } from './states';
import { AccountInput, AccountUpdateInput, CrmContactInput } from './account.input';
import { checkUuid, findById, ReferenceService } from './reference.service';

/** The ids an account refers to; null/undefined means none. */
type AccountRefs = Pick<AccountInput, 'ownerId' | 'transactionCurrencyId' | 'defaultPriceListId'>;

/** CRM accounts and their contacts. */
export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly refs: ReferenceService,
  ) {}

  get = (id: string) => findById(this.db, Account, id);
  contact = (id: string) => findById(this.db, CrmContact, id);

  /**
   * A page of accounts by (name, id): `search` matches name or account number (case-insensitive),
   * `modifiedSince` is exclusive; `columns`: only those properties are read (see `paginate`).
   */
  list(args: ListArgs, columns?: readonly string[]): Promise<Page<Account>> {
    const qb = this.db.getRepository(Account).createQueryBuilder('a');
    if (args.search) {
      qb.andWhere(`(LOWER(a.name) LIKE :q ${LIKE_ESCAPE} OR LOWER(a.accountNumber) LIKE :q ${LIKE_ESCAPE})`, { q: likePattern(args.search) });
    }
    if (args.modifiedSince) qb.andWhere('a.modifiedOn > :since', { since: args.modifiedSince });
    // Names are not unique: the id breaks ties so keyset pages never skip or repeat a row.
    return paginate(
      qb,
      [
        { column: 'a.name', property: 'name' },
        { column: 'a.id', property: 'id' },
      ],
      args,
      columns,
    );
  }

  /** A new ACTIVE account; its owner, currency and default price list must exist. */
  async create(input: AccountInput): Promise<Account> {
    await this.checkReferences(input);
    const row: Account = {
      id: this.ids.uuid(),
      name: input.name,
      accountNumber: input.accountNumber ?? null,
      address1Line1: input.address1Line1 ?? null,
      address1City: input.address1City ?? null,
      address1PostalCode: input.address1PostalCode ?? null,
      address1Country: input.address1Country ?? null,
      telephone1: input.telephone1 ?? null,
      emailAddress1: input.emailAddress1 ?? null,
      websiteUrl: input.websiteUrl ?? null,
      ownerId: input.ownerId ?? null,
      transactionCurrencyId: input.transactionCurrencyId ?? null,
      defaultPriceListId: input.defaultPriceListId ?? null,
      creditLimit: input.creditLimit ?? null,
      state: RecordState.ACTIVE,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => m.getRepository(Account).insert(row));
    return row;
  }

  /** Patches an account: omitted fields stay, null clears an optional field. */
  async update(id: string, input: AccountUpdateInput): Promise<Account> {
    checkUuid(id, 'id');
    if (input.name === null || input.state === null) throw badInput('name and state cannot be set to null');
    await this.checkReferences(input);
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Account);
      const row = await repo.findOne({ where: { id }, ...forUpdate(m) });
      if (!row) throw notFound('Account', id);
      applyPatch(row, input).modifiedOn = this.clock.now();
      await repo.save(row);
      return row;
    });
  }

  /** Deletes an account no order or quote uses; its contacts lose their parent account. */
  async delete(id: string): Promise<boolean> {
    checkUuid(id, 'id');
    return transaction(this.db, async (m) => {
      const row = await m.getRepository(Account).findOne({ where: { id }, ...forUpdate(m) });
      if (!row) throw notFound('Account', id);
      const used = (await m.getRepository(Order).existsBy({ customerId: id })) || (await m.getRepository(Quote).existsBy({ customerId: id }));
      if (used) throw conflict(`Account ${row.name} has orders or quotes and cannot be deleted`);
      // The contacts change too, so their modifiedOn moves (incremental sync must see them).
      await m.getRepository(CrmContact).update({ parentAccountId: id }, { parentAccountId: null, modifiedOn: this.clock.now() });
      await m.getRepository(Account).delete({ id });
      // The sync engine learns of deletions from this tombstone (see DeletedRecord).
      await m.getRepository(DeletedRecord).insert({ id: this.ids.uuid(), tableName: 'Account', recordKey: id, deletedAt: this.clock.now() });
      return true;
    });
  }

  /** A contact, of an existing account when parentAccountId is given. */
  async createContact(input: CrmContactInput): Promise<CrmContact> {
    await this.refs.optional(Account, 'Account', input.parentAccountId, 'parentAccountId');
    const row: CrmContact = {
      id: this.ids.uuid(),
      fullName: input.fullName,
      parentAccountId: input.parentAccountId ?? null,
      jobTitle: input.jobTitle ?? null,
      emailAddress1: input.emailAddress1 ?? null,
      telephone1: input.telephone1 ?? null,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => m.getRepository(CrmContact).insert(row));
    return row;
  }

  /** Refuses references to records that do not exist, before anything is written. */
  private async checkReferences(refs: AccountRefs): Promise<void> {
    await this.refs.optional(SystemUser, 'System user', refs.ownerId, 'ownerId');
    await this.refs.optional(TransactionCurrency, 'Transaction currency', refs.transactionCurrencyId, 'transactionCurrencyId');
    await this.refs.optional(PriceList, 'Price list', refs.defaultPriceListId, 'defaultPriceListId');
  }
}
