import { useState } from 'react';
import { ApiError } from '../api/client';
import type { ConvertOrderMutation, DocumentsQuery, OrderQuery, ProcessQuoteMutation, SalesOrderQuery, SalesQuoteQuery } from '../api/generated';
import { useSession } from '../app/session';
import { Badge, ErrorNote, Link, Page, useMutation, useQuery, When } from '../app/ui';

type Outcome = { no?: string; error?: unknown };

/** What happened to a row: the ERP document it became, or the server's refusal (with a way to fix it). */
function OutcomeNote({ outcome, kind }: { outcome?: Outcome; kind: 'order' | 'quote' }) {
  if (!outcome) return null;
  if (outcome.no)
    return (
      <span className="ok-text" role="status">
        Created{' '}
        <Link to={`/erp/${kind === 'order' ? 'sales-orders' : 'sales-quotes'}/${outcome.no}`}>
          {kind === 'order' ? 'sales order' : 'sales quote'} {outcome.no}
        </Link>
      </span>
    );
  const e = outcome.error as ApiError;
  return (
    <span>
      <ErrorNote error={e} />
      {e?.code === 'WRITE_IN_PRODUCT_NOT_SET' && (
        <>
          {' '}
          <Link to="/">Set the write-in product in the sales setup</Link>
        </>
      )}
      {e?.code === 'NOT_COUPLED' && (
        <>
          {' '}
          <Link to="/records/accounts">Couple the account first</Link>
        </>
      )}
    </span>
  );
}

/** Documents: submitted CRM orders to create in the ERP, active and won quotes to process. */
export function DocumentsPage() {
  const { data, error, reload } = useQuery<DocumentsQuery>('Documents');
  const { can } = useSession();
  const mutate = useMutation();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<Set<string>>(new Set());
  const operator = can('OPERATOR');
  const convert = async (id: string) => {
    setBusy((b) => new Set(b).add(id));
    try {
      const r = await mutate<ConvertOrderMutation>('ConvertOrder', { id });
      setOutcomes((o) => ({ ...o, [id]: { no: r.convertOrder.no } }));
    } catch (e) {
      setOutcomes((o) => ({ ...o, [id]: { error: e } }));
    } finally {
      setBusy((b) => {
        const n = new Set(b);
        n.delete(id);
        return n;
      });
    }
  };
  const process = async (id: string) => {
    setBusy((b) => new Set(b).add(id));
    try {
      const r = await mutate<ProcessQuoteMutation>('ProcessQuote', { id });
      setOutcomes((o) => ({ ...o, [id]: { no: r.processQuote.no } }));
    } catch (e) {
      setOutcomes((o) => ({ ...o, [id]: { error: e } }));
    } finally {
      setBusy((b) => {
        const n = new Set(b);
        n.delete(id);
        return n;
      });
    }
  };
  const orders = data?.submitted.nodes ?? [];
  const pending = orders.filter((o) => !o.coupledSalesOrder && !outcomes[o.id]?.no);
  const quotes = [...(data?.active.nodes ?? []), ...(data?.won.nodes ?? [])];
  return (
    <Page title="Documents" error={error} loading={!data}>
      {data && (
        <>
          <div className="row spread">
            <h2>Submitted sales orders (CRM)</h2>
            {operator && selected.size > 0 && (
              <button
                type="button"
                className="primary"
                onClick={async () => {
                  for (const id of selected) await convert(id);
                  setSelected(new Set());
                }}
              >
                Create {selected.size} selected in ERP
              </button>
            )}
          </div>
          {orders.length === 0 ? (
            <p className="muted">No submitted order.</p>
          ) : (
            <div className="table-wrap">
              <table className="stack" aria-label="Submitted orders">
                <thead>
                  <tr>
                    {operator && <th></th>}
                    <th>Order</th>
                    <th>Account</th>
                    <th className="num">Total</th>
                    <th>ERP</th>
                  </tr>
                </thead>
                <tbody>
                  {orders.map((o) => (
                    <tr key={o.id}>
                      {operator && (
                        <td>
                          {!o.coupledSalesOrder && (
                            <input
                              type="checkbox"
                              aria-label={`Select ${o.orderNumber}`}
                              checked={selected.has(o.id)}
                              onChange={(e) => {
                                const n = new Set(selected);
                                if (e.target.checked) n.add(o.id);
                                else n.delete(o.id);
                                setSelected(n);
                              }}
                            />
                          )}
                        </td>
                      )}
                      <td>
                        <Link to={`/documents/orders/${o.id}`}>{o.orderNumber}</Link> <span className="muted">{o.name}</span>
                      </td>
                      <td>{o.customer?.name ?? '–'}</td>
                      <td className="num">{o.totalAmount}</td>
                      <td>
                        {o.coupledSalesOrder ? (
                          <Link to={`/erp/sales-orders/${o.coupledSalesOrder.no}`}>sales order {o.coupledSalesOrder.no}</Link>
                        ) : outcomes[o.id]?.no ? null : (
                          operator && (
                            <button type="button" disabled={busy.has(o.id)} onClick={() => void convert(o.id)}>
                              {busy.has(o.id) ? 'Working…' : 'Create in ERP'}
                            </button>
                          )
                        )}{' '}
                        <OutcomeNote outcome={outcomes[o.id]} kind="order" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pending.length === 0 && orders.length > 0 && <p className="muted">Every submitted order is in the ERP.</p>}
          <h2>Active and won quotes (CRM)</h2>
          {quotes.length === 0 ? (
            <p className="muted">No active or won quote.</p>
          ) : (
            <div className="table-wrap">
              <table className="stack" aria-label="Quotes">
                <thead>
                  <tr>
                    <th>Quote</th>
                    <th>Account</th>
                    <th className="num">Total</th>
                    <th>ERP</th>
                  </tr>
                </thead>
                <tbody>
                  {quotes.map((q) => (
                    <tr key={q.id}>
                      <td>
                        {q.quoteNumber} rev. {q.revisionNumber} <span className="muted">{q.name}</span>
                      </td>
                      <td>{q.customer?.name ?? '–'}</td>
                      <td className="num">{q.totalAmount}</td>
                      <td>
                        {q.coupledSalesQuote && !outcomes[q.id] && (
                          <>
                            <Link to={`/erp/sales-quotes/${q.coupledSalesQuote.no}`}>sales quote {q.coupledSalesQuote.no}</Link>{' '}
                          </>
                        )}
                        {operator && !outcomes[q.id]?.no && (
                          <button type="button" disabled={busy.has(q.id)} onClick={() => void process(q.id)}>
                            {busy.has(q.id) ? 'Working…' : 'Process in ERP'}
                          </button>
                        )}{' '}
                        <OutcomeNote outcome={outcomes[q.id]} kind="quote" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <button
              type="button"
              onClick={() => {
                setOutcomes({});
                void reload();
              }}
            >
              Refresh lists
            </button>
          </p>
        </>
      )}
    </Page>
  );
}

/** A CRM order with its lines and timeline (release, shipment and invoice posts). */
export function OrderPage({ id }: { id: string }) {
  const { data, error } = useQuery<OrderQuery>('Order', { id });
  const o = data?.order;
  return (
    <Page title={o ? `Order ${o.orderNumber}` : 'Order'} error={error} loading={!data}>
      {data && !o && (
        <p>
          No order <code>{id}</code>.
        </p>
      )}
      {o && (
        <>
          <p className="muted">
            <Link to="/documents">Documents</Link> / {o.orderNumber} · {o.name} · {o.customer?.name} · <Badge value={o.state} /> · total {o.totalAmount}
            {o.coupledSalesOrder && (
              <>
                {' '}
                · ERP <Link to={`/erp/sales-orders/${o.coupledSalesOrder.no}`}>sales order {o.coupledSalesOrder.no}</Link>
              </>
            )}
          </p>
          <h2>Lines</h2>
          <div className="table-wrap">
            <table aria-label="Lines">
              <thead>
                <tr>
                  <th>#</th>
                  <th>Product</th>
                  <th className="num">Quantity</th>
                  <th className="num">Price</th>
                  <th className="num">Amount</th>
                </tr>
              </thead>
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.lineNumber}>
                    <td>{l.lineNumber}</td>
                    <td>
                      {l.productDescription}
                      {l.isWriteIn && <span className="muted small"> (write-in)</span>}
                    </td>
                    <td className="num">{l.quantity}</td>
                    <td className="num">{l.pricePerUnit}</td>
                    <td className="num">{l.extendedAmount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Timeline</h2>
          {o.timeline.length === 0 ? (
            <p className="muted">Nothing posted yet.</p>
          ) : (
            <ol className="timeline">
              {o.timeline.map((p) => (
                <li key={p.id}>
                  <When at={p.createdOn} /> {p.text}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Page>
  );
}

/** The lines of an ERP sales document, as the ERP numbers them (comment lines included). */
function SalesLines({ lines }: { lines: Array<{ lineNo: number; type: string; no?: string | null; description: string; quantity: string; unitPrice: string; amount: string }> }) {
  return (
    <div className="table-wrap">
      <table aria-label="Sales lines">
        <thead>
          <tr>
            <th>#</th>
            <th>Type</th>
            <th>No.</th>
            <th>Description</th>
            <th className="num">Quantity</th>
            <th className="num">Unit price</th>
            <th className="num">Amount</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{l.lineNo}</td>
              <td>{l.type.toLowerCase()}</td>
              <td>{l.no ?? ''}</td>
              <td>{l.description}</td>
              <td className="num">{l.quantity}</td>
              <td className="num">{l.unitPrice}</td>
              <td className="num">{l.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An ERP sales order (where "Create in ERP" leads). */
export function SalesOrderPage({ no }: { no: string }) {
  const { data, error } = useQuery<SalesOrderQuery>('SalesOrder', { no });
  const s = data?.salesOrder;
  return (
    <Page title={`Sales order ${no}`} error={error} loading={!data}>
      {data && !s && (
        <p>
          No sales order <code>{no}</code>.
        </p>
      )}
      {s && (
        <>
          <p className="muted">
            ERP sales order for {s.customer?.name ?? s.sellToCustomerNo} · external document no. {s.externalDocumentNo ?? '–'} · ordered {s.orderDate} · <Badge value={s.status} />
            {s.shipped && ' · shipped'}
            {s.invoiced && ' · invoiced'} · amount {s.amount}
            {s.coupledOrder && (
              <>
                {' '}
                · CRM <Link to={`/documents/orders/${s.coupledOrder.id}`}>order {s.coupledOrder.orderNumber}</Link>
              </>
            )}
          </p>
          <SalesLines lines={s.lines} />
        </>
      )}
    </Page>
  );
}

/** An ERP sales quote (where "Process in ERP" leads). */
export function SalesQuotePage({ no }: { no: string }) {
  const { data, error } = useQuery<SalesQuoteQuery>('SalesQuote', { no });
  const s = data?.salesQuote;
  return (
    <Page title={`Sales quote ${no}`} error={error} loading={!data}>
      {data && !s && (
        <p>
          No sales quote <code>{no}</code>.
        </p>
      )}
      {s && (
        <>
          <p className="muted">
            ERP sales quote for {s.customer?.name ?? s.sellToCustomerNo} · external document no. {s.externalDocumentNo ?? '–'} · valid until {s.quoteValidUntil ?? '–'} · amount{' '}
            {s.amount}
          </p>
          <SalesLines lines={s.lines} />
        </>
      )}
    </Page>
  );
}
