import { useState } from 'react';
import type { MappingQuery, MappingsQuery, SyncDirection } from '../api/generated';
import { useSession } from '../app/session';
import { Action, Badge, duration, ErrorNote, Link, Page, useMutation, useQuery, When } from '../app/ui';

const ARROW: Record<string, string> = { BIDIRECTIONAL: 'ERP ⇄ CRM', TO_CRM: 'ERP → CRM', FROM_CRM: 'ERP ← CRM' };

/** Integration table mappings in dependency order, with their counts and freshness. */
export function MappingsPage() {
  const { data, error } = useQuery<MappingsQuery>('Mappings');
  return (
    <Page title="Integration table mappings" error={error} loading={!data}>
      {data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Mapping</th>
                <th>Direction</th>
                <th>Depends on</th>
                <th>Conflicts / deletions</th>
                <th>Only coupled</th>
                <th className="num">ERP</th>
                <th className="num">CRM</th>
                <th className="num">Coupled</th>
                <th className="num">Skipped</th>
                <th className="num">Conflict</th>
                <th className="num">Failed</th>
                <th>Last sync</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {data.tableMappings.map((m) => (
                <tr key={m.name}>
                  <td>
                    <Link to={`/mappings/${m.name}`}>{m.name}</Link>
                    <div className="muted small">
                      {m.erpTable} ↔ {m.crmTable}
                    </div>
                  </td>
                  <td>{ARROW[m.direction]}</td>
                  <td>{m.dependsOn.length ? m.dependsOn.join(', ') : <span className="muted">–</span>}</td>
                  <td className="small">
                    {m.conflictResolution.toLowerCase().replace(/_/g, ' ')} / {m.deletionConflictResolution.toLowerCase().replace(/_/g, ' ')}
                  </td>
                  <td>{m.syncOnlyCoupledRecords ? 'yes' : 'no'}</td>
                  <td className="num">{m.health.erpRecords}</td>
                  <td className="num">{m.health.crmRecords}</td>
                  <td className="num">{m.health.coupled}</td>
                  <td className="num">{m.health.skipped ? <Link to={`/couplings?mapping=${m.name}&show=skipped`}>{m.health.skipped}</Link> : 0}</td>
                  <td className="num">{m.health.conflicts ? <Link to={`/couplings?mapping=${m.name}&show=conflict`}>{m.health.conflicts}</Link> : 0}</td>
                  <td className="num">{m.health.failed ? <Link to={`/couplings?mapping=${m.name}&show=failed`}>{m.health.failed}</Link> : 0}</td>
                  <td>
                    <When at={m.health.lastSuccessAt} />
                  </td>
                  <td>
                    <Badge value={m.health.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** One mapping: its settings (admin edits), its field mappings (admin edits) and "reset to defaults". */
export function MappingPage({ name }: { name: string }) {
  const { data, error, reload, setData } = useQuery<MappingQuery>('Mapping', { name });
  const { can } = useSession();
  const mutate = useMutation();
  const [fieldErrors, setFieldErrors] = useState<Record<string, unknown>>({});
  const admin = can('ADMIN');
  const m = data?.tableMapping;
  const editField = async (erpField: string, input: { direction?: SyncDirection; enabled?: boolean }) => {
    setFieldErrors((f) => ({ ...f, [erpField]: null }));
    // Show the edit at once; the reload below puts back what the server kept (a refusal changes nothing).
    setData((d) =>
      d?.tableMapping ? { tableMapping: { ...d.tableMapping, fieldMappings: d.tableMapping.fieldMappings.map((f) => (f.erpField === erpField ? { ...f, ...input } : f)) } } : d,
    );
    try {
      await mutate('UpdateFieldMapping', { mapping: name, erpField, input });
    } catch (e) {
      setFieldErrors((f) => ({ ...f, [erpField]: e }));
    }
    await reload();
  };
  const editTable = async (key: string, input: Record<string, unknown>) => {
    setFieldErrors((f) => ({ ...f, [key]: null }));
    try {
      await mutate('UpdateTableMapping', { name, input });
    } catch (e) {
      setFieldErrors((f) => ({ ...f, [key]: e }));
    }
    await reload();
  };
  return (
    <Page
      title={`Mapping ${name}`}
      error={error}
      loading={!data}
      actions={
        m && (
          <Action
            requires="ADMIN"
            kind="danger"
            run={async () => {
              if (confirm(`Reset ${name} and its field mappings to the defaults?`)) {
                await mutate('ResetTableMapping', { name });
                await reload();
              }
            }}
          >
            Reset to defaults
          </Action>
        )
      }
    >
      {data && !m && (
        <p>
          No mapping named <code>{name}</code>. <Link to="/mappings">All mappings</Link>
        </p>
      )}
      {m && (
        <>
          <p className="muted">
            <Link to="/mappings">Table mappings</Link> / {m.name}: {m.erpTable} ↔ {m.crmTable}. Depends on {m.dependsOn.join(', ') || 'nothing'}.
          </p>
          <div className="stats">
            <div>
              <b>{m.health.erpRecords}</b> ERP records
            </div>
            <div>
              <b>{m.health.crmRecords}</b> CRM records
            </div>
            <div>
              <b>{m.health.coupled}</b> coupled
            </div>
            <div>
              <b>{m.health.skipped}</b> skipped
            </div>
            <div>
              <b>{m.health.conflicts}</b> conflicts
            </div>
            <div>
              <b>{m.health.failed}</b> failed
            </div>
            <div>
              <Badge value={m.health.status} /> last success <When at={m.health.lastSuccessAt} />, lag {duration(m.health.lagSeconds)}
            </div>
          </div>
          <div className="card">
            <h2>Settings</h2>
            <div className="form-grid">
              <label htmlFor="dir">Direction</label>
              <div>
                <select id="dir" value={m.direction} disabled={!admin} onChange={(e) => void editTable('direction', { direction: e.target.value })}>
                  {Object.keys(ARROW).map((d) => (
                    <option key={d} value={d}>
                      {ARROW[d]}
                    </option>
                  ))}
                </select>
                <ErrorNote error={fieldErrors.direction} />
              </div>
              <label htmlFor="conflict">Conflict resolution</label>
              <div>
                <select id="conflict" value={m.conflictResolution} disabled={!admin} onChange={(e) => void editTable('conflict', { conflictResolution: e.target.value })}>
                  {['NONE', 'SEND_UPDATE_TO_CRM', 'GET_UPDATE_FROM_CRM'].map((d) => (
                    <option key={d} value={d}>
                      {d.toLowerCase().replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
                <ErrorNote error={fieldErrors.conflict} />
              </div>
              <label htmlFor="deletion">Deletion resolution</label>
              <div>
                <select
                  id="deletion"
                  value={m.deletionConflictResolution}
                  disabled={!admin}
                  onChange={(e) => void editTable('deletion', { deletionConflictResolution: e.target.value })}
                >
                  {['NONE', 'RESTORE_RECORDS', 'REMOVE_COUPLING'].map((d) => (
                    <option key={d} value={d}>
                      {d.toLowerCase().replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
                <ErrorNote error={fieldErrors.deletion} />
              </div>
              <label htmlFor="only">Synchronize only coupled records</label>
              <div>
                <input
                  id="only"
                  type="checkbox"
                  checked={m.syncOnlyCoupledRecords}
                  disabled={!admin}
                  onChange={(e) => void editTable('only', { syncOnlyCoupledRecords: e.target.checked })}
                />
                <ErrorNote error={fieldErrors.only} />
              </div>
            </div>
          </div>
          <h2>Field mappings</h2>
          <div className="table-wrap">
            <table aria-label="Field mappings">
              <thead>
                <tr>
                  <th>ERP field</th>
                  <th>CRM field</th>
                  <th>Direction</th>
                  <th>Enabled</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {m.fieldMappings.map((f) => (
                  <tr key={f.erpField}>
                    <td>
                      <code>{f.erpField}</code>
                    </td>
                    <td>
                      <code>{f.crmField}</code>
                    </td>
                    <td>
                      {admin ? (
                        <select
                          aria-label={`Direction of ${f.erpField}`}
                          value={f.direction}
                          onChange={(e) => void editField(f.erpField, { direction: e.target.value as SyncDirection })}
                        >
                          {Object.keys(ARROW).map((d) => (
                            <option key={d} value={d}>
                              {ARROW[d]}
                            </option>
                          ))}
                        </select>
                      ) : (
                        ARROW[f.direction]
                      )}
                    </td>
                    <td>
                      {admin ? (
                        <input
                          type="checkbox"
                          aria-label={`Enabled ${f.erpField}`}
                          checked={f.enabled}
                          onChange={(e) => void editField(f.erpField, { enabled: e.target.checked })}
                        />
                      ) : f.enabled ? (
                        'yes'
                      ) : (
                        'no'
                      )}
                    </td>
                    <td>
                      <ErrorNote error={fieldErrors[f.erpField]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
