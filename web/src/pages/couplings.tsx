import { useState } from 'react';
import type { CouplingsQuery, TableMappingName } from '../api/generated';
import { navigate, useSearch } from '../app/router';
import { Action, Badge, Choice, ErrorNote, Link, Page, useMutation, useQuery, When } from '../app/ui';
import { MAPPINGS, recordLink } from './records-links';

type Coupling = CouplingsQuery['couplings']['nodes'][number];
const SHOW = { all: {}, failed: { lastSyncResult: 'FAILURE' }, skipped: { skipped: true }, conflict: { lastSyncResult: 'CONFLICT' } } as const;

/** Couplings and synchronization errors: filter, both records side by side, and the actions that fix them. */
export function CouplingsPage() {
  const search = useSearch();
  const mapping = search.get('mapping') || '';
  const show = (search.get('show') || 'all') as keyof typeof SHOW;
  const [after, setAfter] = useState<string[]>([]);
  const filter = { ...(mapping ? { mapping } : {}), ...SHOW[show] };
  const { data, error, reload } = useQuery<CouplingsQuery>('Couplings', { filter, first: 50, after: after[after.length - 1] ?? null });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState<Coupling | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const mutate = useMutation();
  const setFilter = (m: string, s: string) => {
    setAfter([]);
    setSelected(new Set());
    const q = new URLSearchParams();
    if (m) q.set('mapping', m);
    if (s !== 'all') q.set('show', s);
    navigate(`/couplings${q.toString() ? `?${q}` : ''}`);
  };
  const nodes = data?.couplings.nodes ?? [];
  const skippedSelected = nodes.filter((n) => selected.has(n.id) && n.skipped).map((n) => n.id);
  return (
    <Page title="Couplings and synchronization errors" error={error}>
      <div className="filters">
        <label>
          Mapping{' '}
          <select value={mapping} onChange={(e) => setFilter(e.target.value, show)}>
            <option value="">all</option>
            {MAPPINGS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label="Show">
          {Object.keys(SHOW).map((s) => (
            <button key={s} type="button" aria-pressed={show === s} onClick={() => setFilter(mapping, s)}>
              {s}
            </button>
          ))}
        </div>
        {skippedSelected.length > 0 && (
          <Action
            run={async () => {
              setRestoreError(null);
              await mutate('RestoreSkipped', { ids: skippedSelected });
              setSelected(new Set());
              await reload();
            }}
          >
            Restore {skippedSelected.length} selected
          </Action>
        )}
        <ErrorNote error={restoreError} />
      </div>
      {data && <p className="muted">{data.couplings.totalCount} couplings</p>}
      {!data && !error && <p className="muted">Loading…</p>}
      <ul className="cards">
        {nodes.map((c) => (
          <li key={c.id} className="card coupling" aria-label={`Coupling ${c.erpName ?? c.erpId}`}>
            <div className="row spread">
              <label className="row">
                <input
                  type="checkbox"
                  aria-label="Select"
                  checked={selected.has(c.id)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    setSelected(next);
                  }}
                />{' '}
                <b>{c.mapping}</b>
              </label>
              <div className="row">
                {c.skipped && <Badge value="SKIPPED" />}
                <Badge value={c.lastSyncResult} />
                <span className="muted small">
                  last sync <When at={c.lastSyncedAt} />
                </span>
              </div>
            </div>
            <div className="pair">
              <div>
                <span className="muted small">ERP</span> {recordLink(c.mapping, 'erp', c.erpId, c.erpName)}
              </div>
              <div>
                <span className="muted small">CRM</span> {recordLink(c.mapping, 'crm', c.crmId, c.crmName)}
              </div>
            </div>
            {c.lastSyncError && (
              <p className="error-text">
                {c.lastSyncError}
                {c.lastSyncJobId && (
                  <>
                    {' '}
                    · <Link to={`/jobs/${c.lastSyncJobId}`}>job</Link>
                  </>
                )}
              </p>
            )}
            {c.conflicts.length > 0 && (
              <table className="conflicts" aria-label="Conflicting fields">
                <thead>
                  <tr>
                    <th>Field</th>
                    <th>Base</th>
                    <th>ERP</th>
                    <th>CRM</th>
                  </tr>
                </thead>
                <tbody>
                  {c.conflicts.map((f) => (
                    <tr key={f.erpField}>
                      <td>
                        {f.erpField} / {f.crmField}
                      </td>
                      <td>{f.baseValue ?? '–'}</td>
                      <td>{f.erpValue ?? '–'}</td>
                      <td>{f.crmValue ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className="row actions">
              {c.lastSyncResult === 'CONFLICT' && (
                <>
                  <Action
                    kind="primary"
                    run={async () => {
                      await mutate('ResolveConflict', { couplingId: c.id, keep: 'ERP' });
                      await reload();
                    }}
                  >
                    Keep ERP
                  </Action>
                  <Action
                    kind="primary"
                    run={async () => {
                      await mutate('ResolveConflict', { couplingId: c.id, keep: 'CRM' });
                      await reload();
                    }}
                  >
                    Keep CRM
                  </Action>
                </>
              )}
              {c.skipped && (
                <Action
                  run={async () => {
                    await mutate('RestoreSkipped', { ids: [c.id] });
                    await reload();
                  }}
                >
                  Restore
                </Action>
              )}
              <Action run={async () => setAsking(c)}>Synchronize now</Action>
              <Action
                kind="danger"
                run={async () => {
                  await mutate('Uncouple', { input: { mapping: c.mapping, erpId: c.erpId } });
                  await reload();
                }}
              >
                Uncouple
              </Action>
            </div>
          </li>
        ))}
      </ul>
      <div className="row">
        {after.length > 0 && (
          <button type="button" onClick={() => setAfter(after.slice(0, -1))}>
            Previous
          </button>
        )}
        {data?.couplings.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setAfter([...after, data.couplings.pageInfo.endCursor!])}>
            Next
          </button>
        )}
      </div>
      {asking && (
        <SyncNowChoice
          mapping={asking.mapping}
          erpId={asking.erpId}
          onDone={() => {
            setAsking(null);
            void reload();
          }}
        />
      )}
    </Page>
  );
}

/** Synchronize Now asks which side to overwrite, as the seed says. */
export function SyncNowChoice({ mapping, erpId, crmId, onDone }: { mapping: TableMappingName; erpId?: string; crmId?: string; onDone: () => void }) {
  const mutate = useMutation();
  const run = (direction: string) => () => mutate('SynchronizeNow', { input: { mapping, erpId, crmId, direction } });
  return (
    <Choice
      title="Synchronize now"
      text="Which record should be overwritten with the other's data?"
      options={[
        { label: 'Overwrite CRM with ERP data', run: run('TO_CRM') },
        { label: 'Overwrite ERP with CRM data', run: run('FROM_CRM') },
      ]}
      onCancel={onDone}
    />
  );
}
