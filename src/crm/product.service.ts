import { DataSource } from 'typeorm';
import { forUpdate, transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { badInput, notFound } from '../shared/errors';
import { applyPatch, uniqueWrite } from '../shared/repository';
import { LIKE_ESCAPE, likePattern, Page, paginate } from '../shared/pagination';
import { ListArgs } from '../shared/list-args';
import { Product } from './product.entity';
import { Unit, UnitGroup } from './unit-group.entity';
import { ProductState, ProductType } from './states';
import { ProductInput, ProductUpdateInput } from './product.input';
import { checkUuid, findById, ReferenceService } from './reference.service';

/** Refuses a unit outside the product's unit group (a product without a unit group takes any unit). */
export function checkProductUnit(product: Product, unit: Unit): void {
  if (product.unitGroupId && unit.unitGroupId !== product.unitGroupId) {
    throw badInput(`Unit ${unit.name} (${unit.id}) is not in the unit group of product ${product.productNumber}`);
  }
}

/** CRM products (what orders and quotes sell). */
export class ProductService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly refs: ReferenceService,
  ) {}

  get = (id: string) => findById(this.db, Product, id);

  /** A page of products by productNumber: `search` matches name or number (case-insensitive), `modifiedSince` is exclusive. */
  list(args: ListArgs): Promise<Page<Product>> {
    const qb = this.db.getRepository(Product).createQueryBuilder('p');
    if (args.search) {
      qb.andWhere(`(LOWER(p.name) LIKE :q ${LIKE_ESCAPE} OR LOWER(p.productNumber) LIKE :q ${LIKE_ESCAPE})`, { q: likePattern(args.search) });
    }
    if (args.modifiedSince) qb.andWhere('p.modifiedOn > :since', { since: args.modifiedSince });
    return paginate(qb, [{ column: 'p.productNumber', property: 'productNumber' }], args);
  }

  /**
   * A new product. It is created ACTIVE (Dynamics 365 creates DRAFT) so that it can be sold at
   * once; the default unit must belong to the unit group and defaults to the group's base unit.
   */
  async create(input: ProductInput): Promise<Product> {
    const group = await this.refs.optional(UnitGroup, 'Unit group', input.unitGroupId, 'unitGroupId');
    const defaultUnitId = await this.defaultUnit(group, input.defaultUnitId);
    const row: Product = {
      id: this.ids.uuid(),
      productNumber: input.productNumber,
      name: input.name,
      description: input.description ?? null,
      productType: input.productType ?? ProductType.SALES_INVENTORY,
      unitGroupId: group?.id ?? null,
      defaultUnitId,
      price: input.price ?? null,
      standardCost: input.standardCost ?? null,
      quantityOnHand: null,
      state: ProductState.ACTIVE,
      modifiedOn: this.clock.now(),
    };
    await transaction(this.db, (m) => uniqueWrite(() => m.getRepository(Product).insert(row), `Product ${input.productNumber} already exists`));
    return row;
  }

  /** Patches name, description, price, standardCost and state. */
  async update(id: string, input: ProductUpdateInput): Promise<Product> {
    checkUuid(id, 'id');
    if (input.name === null || input.state === null) throw badInput('name and state cannot be set to null');
    return transaction(this.db, async (m) => {
      const repo = m.getRepository(Product);
      const row = await repo.findOne({ where: { id }, ...forUpdate(m) });
      if (!row) throw notFound('Product', id);
      const { name, description, price, standardCost, state } = input;
      applyPatch(row, { name, description, price, standardCost, state }).modifiedOn = this.clock.now();
      await repo.save(row);
      return row;
    });
  }

  private async defaultUnit(group: UnitGroup | null, unitId: string | null | undefined): Promise<string | null> {
    if (!group) {
      if (unitId != null) throw badInput('defaultUnitId needs the unitGroupId it belongs to');
      return null;
    }
    if (unitId == null) {
      const base = await this.db.getRepository(Unit).findOneBy({ unitGroupId: group.id, name: group.baseUnitName });
      return base?.id ?? null;
    }
    const unit = await this.refs.require(Unit, 'Unit', unitId, 'defaultUnitId');
    if (unit.unitGroupId !== group.id) throw badInput(`Unit ${unit.name} (${unit.id}) is not in unit group ${group.name}`);
    return unit.id;
  }
}
