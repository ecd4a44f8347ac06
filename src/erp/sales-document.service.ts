import { DataSource } from 'typeorm';
import { Page, PageArgs, paginate } from '../shared/pagination';
import { SalesOrder } from './sales-order.entity';
import { SalesQuote } from './sales-quote.entity';

/** Sales orders and quotes of the ERP (reads; the lead-to-cash actions live in the sync documents module). */
export class SalesDocumentService {
  constructor(private readonly db: DataSource) {}

  order = (no: string) => this.db.getRepository(SalesOrder).findOneBy({ no });
  quote = (no: string) => this.db.getRepository(SalesQuote).findOneBy({ no });

  orders(args: PageArgs): Promise<Page<SalesOrder>> {
    return paginate(this.db.getRepository(SalesOrder).createQueryBuilder('o'), [{ column: 'o.no', property: 'no' }], args);
  }

  quotes(args: PageArgs): Promise<Page<SalesQuote>> {
    return paginate(this.db.getRepository(SalesQuote).createQueryBuilder('q'), [{ column: 'q.no', property: 'no' }], args);
  }
}
