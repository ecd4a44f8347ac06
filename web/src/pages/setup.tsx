import { FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import type { SetupQuery, UpdateConnectionSetupMutation } from '../api/generated';
import { useSession } from '../app/session';
import { Badge, duration, ErrorNote, Link, Page, useMutation, useQuery, When } from '../app/ui';

/** The stores' readiness, from the gateway's /readyz (same origin). */
function useReadiness() {
  const [stores, setStores] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    fetch('/readyz')
      .then((r) => r.json())
      .then(
        (b: { stores: Record<string, string> }) => setStores(b.stores),
        () => setStores(null),
      );
  }, []);
  return stores;
}

/** Connection setup: sync on/off, interval, automatic documents, the write-in product, readiness and per-mapping freshness. */
export function SetupPage() {
  const { data, error, reload } = useQuery<SetupQuery>('Setup');
  const { can } = useSession();
  const mutate = useMutation();
  const stores = useReadiness();
  const [intervalText, setIntervalText] = useState('');
  const [fieldError, setFieldError] = useState<Record<string, unknown>>({});
  const [writeIn, setWriteIn] = useState({ type: '', no: '' });
  const [saved, setSaved] = useState('');
  useEffect(() => {
    if (!data) return;
    setIntervalText(String(data.connectionSetup.syncIntervalSeconds));
    setWriteIn({ type: data.salesSetup.writeInProductType ?? '', no: data.salesSetup.writeInProductNo ?? '' });
  }, [data]);
  const admin = can('ADMIN');

  const save = async (name: string, input: Record<string, unknown>) => {
    setFieldError((f) => ({ ...f, [name]: null }));
    setSaved('');
    try {
      await mutate<UpdateConnectionSetupMutation>('UpdateConnectionSetup', { input });
      setSaved(name);
      await reload();
    } catch (e) {
      setFieldError((f) => ({ ...f, [name]: e }));
      await reload();
    }
  };
  const saveInterval = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(intervalText);
    if (!Number.isInteger(n) || n < 1) {
      setFieldError((f) => ({ ...f, interval: new ApiError('The interval is a whole number of seconds, at least 1', 'BAD_USER_INPUT') }));
      return;
    }
    void save('interval', { syncIntervalSeconds: n });
  };
  const saveWriteIn = async (e: FormEvent) => {
    e.preventDefault();
    setFieldError((f) => ({ ...f, writeIn: null }));
    if (writeIn.type && !writeIn.no.trim()) {
      setFieldError((f) => ({ ...f, writeIn: new ApiError('Name the item or resource number', 'BAD_USER_INPUT') }));
      return;
    }
    try {
      await mutate('UpdateSalesSetup', { input: { writeInProductType: writeIn.type || null, writeInProductNo: writeIn.no.trim() || null } });
      setSaved('writeIn');
      await reload();
    } catch (err) {
      setFieldError((f) => ({ ...f, writeIn: err }));
    }
  };

  const setup = data?.connectionSetup;
  return (
    <Page title="Connection setup" error={error} loading={!data}>
      {setup && (
        <>
          {setup.overdue && (
            <p className="warning" role="alert">
              Synchronization is enabled, but no job has finished within 3 intervals ({duration(3 * setup.syncIntervalSeconds)}). Last job: <When at={setup.lastJobFinishedAt} />.
              See <Link to="/jobs">sync jobs</Link>.
            </p>
          )}
          <div className="grid2">
            <div className="card">
              <h2>Synchronization</h2>
              {(['isEnabled', 'autoCreateSalesOrders', 'autoProcessQuotes'] as const).map((k) => (
                <div className="field" key={k}>
                  <label>
                    <input type="checkbox" checked={setup[k]} disabled={!admin} onChange={(e) => void save(k, { [k]: e.target.checked })} />{' '}
                    {{ isEnabled: 'Synchronization enabled', autoCreateSalesOrders: 'Automatically create sales orders', autoProcessQuotes: 'Automatically process quotes' }[k]}
                  </label>
                  <ErrorNote error={fieldError[k]} />
                </div>
              ))}
              <form className="field" onSubmit={saveInterval}>
                <label htmlFor="interval">Sync interval (seconds)</label>
                <div className="row">
                  <input id="interval" inputMode="numeric" value={intervalText} disabled={!admin} onChange={(e) => setIntervalText(e.target.value)} />
                  {admin && <button type="submit">Save</button>}
                </div>
                <ErrorNote error={fieldError.interval} />
              </form>
              {saved && (
                <p className="muted" role="status">
                  Saved.
                </p>
              )}
              <p className="muted">
                Last job finished: <When at={setup.lastJobFinishedAt} />
              </p>
            </div>
            <div className="card">
              <h2>Sales setup</h2>
              <form onSubmit={saveWriteIn}>
                <div className="field">
                  <label htmlFor="wtype">Write-in product type</label>
                  <select id="wtype" value={writeIn.type} disabled={!admin} onChange={(e) => setWriteIn({ ...writeIn, type: e.target.value })}>
                    <option value="">(not set)</option>
                    <option value="ITEM">Item</option>
                    <option value="RESOURCE">Resource</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="wno">Write-in product no.</label>
                  <input id="wno" value={writeIn.no} disabled={!admin} onChange={(e) => setWriteIn({ ...writeIn, no: e.target.value })} />
                  <ErrorNote error={fieldError.writeIn} />
                </div>
                {admin && <button type="submit">Save sales setup</button>}
              </form>
              <h2>Stores</h2>
              <ul className="plain">
                {stores ? (
                  Object.entries(stores).map(([name, s]) => (
                    <li key={name}>
                      {name.toUpperCase()} store:{' '}
                      {s === 'ok' ? (
                        <span className="badge ok">ready</span>
                      ) : (
                        <>
                          <span className="badge bad">not ready</span> <span className="error-text small">{s}</span>
                        </>
                      )}
                    </li>
                  ))
                ) : (
                  <li className="muted">Checking…</li>
                )}
              </ul>
            </div>
          </div>
          <h2>Mappings</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Mapping</th>
                  <th>Status</th>
                  <th>Last success</th>
                  <th>Lag</th>
                </tr>
              </thead>
              <tbody>
                {data.tableMappings.map((m) => (
                  <tr key={m.name}>
                    <td>
                      <Link to={`/mappings/${m.name}`}>{m.name}</Link>
                    </td>
                    <td>
                      <Badge value={m.health.status} />
                    </td>
                    <td>
                      <When at={m.health.lastSuccessAt} />
                    </td>
                    <td>{duration(m.health.lagSeconds)}</td>
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
