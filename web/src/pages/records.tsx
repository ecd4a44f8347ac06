import { FormEvent, useState } from 'react';
import type { AccountsQuery, CustomersQuery, ItemsQuery, ProductsQuery, TableMappingName } from '../api/generated';
import { navigate, useSearch } from '../app/router';
import { Action, Badge, ErrorNote, Link, Page, useMutation, useQuery } from '../app/ui';
import { SyncNowChoice } from './couplings';

/** A row of any of the four lists, as the table shows it. */
interface Row {
  id: string;
  label: string;
  sub?: string;
  extra?: string;
  mapping: TableMappingName;
  couplingResult?: string | null;
  skipped?: boolean;
  partner?: { id: string; name: string; to: string } | null;
}

interface Kind {
  title: string;
  side: 'erp' | 'crm';
  op: string;
  partnerKind: string;
  extraHeader?: string;
  rows(data: unknown): { rows: Row[]; total: number; hasNext: boolean; end: string | null };
}

const conn = <T extends { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>(c: T) => ({
  total: c.totalCount,
  hasNext: c.pageInfo.hasNextPage,
  end: c.pageInfo.endCursor ?? null,
});

const KINDS: Record<string, Kind> = {
  customers: {
    title: 'ERP customers',
    side: 'erp',
    op: 'Customers',
    partnerKind: 'accounts',
    rows: (d) => {
      const c = (d as CustomersQuery).customers;
      return {
        ...conn(c),
        rows: c.nodes.map((n) => ({
          id: n.no,
          label: n.name,
          sub: n.city ?? undefined,
          mapping: 'CUSTOMER' as const,
          couplingResult: n.coupling?.lastSyncResult,
          skipped: n.coupling?.skipped,
          partner: n.coupledAccount ? { id: n.coupledAccount.id, name: n.coupledAccount.name, to: `/records/accounts?search=${encodeURIComponent(n.coupledAccount.name)}` } : null,
        })),
      };
    },
  },
  items: {
    title: 'ERP items',
    side: 'erp',
    op: 'Items',
    partnerKind: 'products',
    extraHeader: 'Inventory',
    rows: (d) => {
      const c = (d as ItemsQuery).items;
      return {
        ...conn(c),
        rows: c.nodes.map((n) => ({
          id: n.no,
          label: n.description,
          extra: n.inventory,
          mapping: 'ITEM_PRODUCT' as const,
          couplingResult: n.coupling?.lastSyncResult,
          skipped: n.coupling?.skipped,
          partner: n.coupledProduct ? { id: n.coupledProduct.id, name: n.coupledProduct.name, to: `/records/products?search=${encodeURIComponent(n.coupledProduct.name)}` } : null,
        })),
      };
    },
  },
  accounts: {
    title: 'CRM accounts',
    side: 'crm',
    op: 'Accounts',
    partnerKind: 'customers',
    rows: (d) => {
      const c = (d as AccountsQuery).accounts;
      return {
        ...conn(c),
        rows: c.nodes.map((n) => ({
          id: n.id,
          label: n.name,
          sub: [n.accountNumber, n.address1City].filter(Boolean).join(' · ') || undefined,
          mapping: 'CUSTOMER' as const,
          couplingResult: n.coupling?.lastSyncResult,
          skipped: n.coupling?.skipped,
          partner: n.coupledCustomer
            ? { id: n.coupledCustomer.no, name: n.coupledCustomer.name, to: `/records/customers?search=${encodeURIComponent(n.coupledCustomer.no)}` }
            : null,
        })),
      };
    },
  },
  products: {
    title: 'CRM products',
    side: 'crm',
    op: 'Products',
    partnerKind: 'items',
    extraHeader: 'Availability (ERP, live)',
    rows: (d) => {
      const c = (d as ProductsQuery).products;
      return {
        ...conn(c),
        rows: c.nodes.map((n) => {
          const item = n.coupledItem ? { id: n.coupledItem.no, name: n.coupledItem.description, to: `/records/items?search=${encodeURIComponent(n.coupledItem.no)}` } : null;
          const res = n.coupledResource ? { id: n.coupledResource.no, name: n.coupledResource.name, to: '#' } : null;
          return {
            id: n.id,
            label: n.name,
            sub: n.productNumber,
            extra: n.availability ?? '–',
            mapping: (n.productType === 'SERVICES' ? 'RESOURCE_PRODUCT' : 'ITEM_PRODUCT') as TableMappingName,
            couplingResult: n.coupling?.lastSyncResult,
            skipped: n.coupling?.skipped,
            partner: item ?? res,
          };
        }),
      };
    },
  },
};

/** Set Up Coupling: pick the partner by searching the other system. */
function CouplePicker({ row, kind, onDone }: { row: Row; kind: Kind; onDone: () => void }) {
  const [term, setTerm] = useState(row.label);
  const [submitted, setSubmitted] = useState(row.label);
  const partner = KINDS[kind.partnerKind];
  const { data, error } = useQuery<unknown>(partner.op, { search: submitted || null, first: 10 });
  const mutate = useMutation();
  const [err, setErr] = useState<unknown>(null);
  const couple = async (other: Row, synchronize: string | null) => {
    setErr(null);
    try {
      const erpId = kind.side === 'erp' ? row.id : other.id;
      const crmId = kind.side === 'crm' ? row.id : other.id;
      await mutate('Couple', { input: { mapping: row.mapping, erpId, crmId, synchronize } });
      onDone();
    } catch (e) {
      setErr(e);
    }
  };
  const rows = data ? partner.rows(data).rows.filter((r) => !r.partner) : [];
  return (
    <div className="modal-backdrop" onClick={onDone}>
      <div className="modal" role="dialog" aria-modal="true" aria-label="Set up coupling" onClick={(e) => e.stopPropagation()}>
        <h2>Couple {row.label}</h2>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(term);
          }}
        >
          <input aria-label={`Search ${partner.title}`} value={term} onChange={(e) => setTerm(e.target.value)} />
          <button type="submit">Search {partner.title}</button>
        </form>
        <ErrorNote error={(error || err) as Error | null} />
        <ul className="plain picker">
          {rows.map((r) => (
            <li key={r.id} className="row spread">
              <span>
                {r.label} <code className="small">{r.id}</code>
              </span>
              <span className="row">
                <button type="button" onClick={() => void couple(r, null)}>
                  Couple
                </button>
                <button type="button" onClick={() => void couple(r, kind.side === 'erp' ? 'TO_CRM' : 'FROM_CRM')}>
                  Couple and overwrite {kind.side === 'erp' ? 'CRM' : 'ERP'}
                </button>
              </span>
            </li>
          ))}
          {data != null && rows.length === 0 && <li className="muted">No uncoupled match. Try another search.</li>}
        </ul>
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </div>
  );
}

/** Records of both systems with search, paging, their coupling and the coupling actions. */
export function RecordsPage({ kind: kindName }: { kind: string }) {
  const kind = KINDS[kindName];
  const search = useSearch().get('search') ?? '';
  const [term, setTerm] = useState(search);
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, error, reload } = useQuery<unknown>(kind?.op ?? 'Customers', { search: search || null, first: 25, after: cursors[cursors.length - 1] ?? null }, !kind);
  const mutate = useMutation();
  const [picking, setPicking] = useState<Row | null>(null);
  const [syncing, setSyncing] = useState<Row | null>(null);
  if (!kind)
    return (
      <Page title="Records">
        <p>
          No list named <code>{kindName}</code>.
        </p>
      </Page>
    );
  const list = data ? kind.rows(data) : null;
  const other = kind.side === 'erp' ? 'CRM' : 'ERP';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCursors([]);
    navigate(`/records/${kindName}${term ? `?search=${encodeURIComponent(term)}` : ''}`);
  };
  const ref = (r: Row) => (kind.side === 'erp' ? { mapping: r.mapping, erpId: r.id } : { mapping: r.mapping, crmId: r.id });
  return (
    <Page title={kind.title} error={error}>
      <nav className="tabs" aria-label="Record lists">
        {Object.entries(KINDS).map(([k, v]) => (
          <Link key={k} to={`/records/${k}`} className={k === kindName ? 'active' : ''}>
            {v.title}
          </Link>
        ))}
      </nav>
      <form className="row filters" onSubmit={submit} role="search">
        <input aria-label="Search by name or number" placeholder="Search by name or number" value={term} onChange={(e) => setTerm(e.target.value)} />
        <button type="submit">Search</button>
        {list && <span className="muted">{list.total} records</span>}
      </form>
      {!list && !error && <p className="muted">Loading…</p>}
      {list && (
        <div className="table-wrap">
          <table className="stack" aria-label={kind.title}>
            <thead>
              <tr>
                <th>Record</th>
                {kind.extraHeader && <th className="num">{kind.extraHeader}</th>}
                <th>Coupled to ({other})</th>
                <th>Last sync</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.label} <code className="small">{r.id}</code>
                    {r.sub && <div className="muted small">{r.sub}</div>}
                  </td>
                  {kind.extraHeader && <td className="num">{r.extra}</td>}
                  <td>
                    {r.partner ? (
                      <Link to={r.partner.to}>
                        {r.partner.name} <code className="small">{r.partner.id}</code>
                      </Link>
                    ) : (
                      <span className="muted">not coupled</span>
                    )}
                  </td>
                  <td>
                    {r.partner ? (
                      <>
                        {r.skipped && <Badge value="SKIPPED" />} <Badge value={r.couplingResult} />
                      </>
                    ) : null}
                  </td>
                  <td className="actions">
                    {r.partner ? (
                      <>
                        <Action run={async () => setSyncing(r)}>Synchronize Now</Action>
                        <Action
                          kind="danger"
                          run={async () => {
                            await mutate('Uncouple', { input: ref(r) });
                            await reload();
                          }}
                        >
                          Uncouple
                        </Action>
                      </>
                    ) : (
                      <>
                        <Action run={async () => setPicking(r)}>Set Up Coupling</Action>
                        <Action
                          run={async () => {
                            await mutate('CreateInOther', { input: ref(r) });
                            await reload();
                          }}
                        >
                          Create in {other}
                        </Action>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        {cursors.length > 0 && (
          <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>
            Previous
          </button>
        )}
        {list?.hasNext && (
          <button type="button" onClick={() => setCursors([...cursors, list.end!])}>
            Next
          </button>
        )}
      </div>
      {picking && (
        <CouplePicker
          row={picking}
          kind={kind}
          onDone={() => {
            setPicking(null);
            void reload();
          }}
        />
      )}
      {syncing && (
        <SyncNowChoice
          {...ref(syncing)}
          onDone={() => {
            setSyncing(null);
            void reload();
          }}
        />
      )}
    </Page>
  );
}
