import { FormEvent, ReactNode, useEffect, useState } from 'react';
import { Api, ApiError, KEY_STORAGE } from '../api/client';
import { match, usePath } from './router';
import { Role, SessionContext, signIn, useSessionValue } from './session';
import { ErrorNote, Link } from './ui';
import { SetupPage } from '../pages/setup';
import { MappingsPage, MappingPage } from '../pages/mappings';
import { FullSyncPage } from '../pages/full-sync';
import { CouplingsPage } from '../pages/couplings';
import { RecordsPage } from '../pages/records';
import { JobsPage, JobPage } from '../pages/jobs';
import { DocumentsPage, OrderPage, SalesOrderPage, SalesQuotePage } from '../pages/documents';

const NAV: Array<[string, string]> = [
  ['/', 'Setup'],
  ['/mappings', 'Mappings'],
  ['/full-sync', 'Full sync'],
  ['/couplings', 'Couplings & errors'],
  ['/records/customers', 'Records'],
  ['/jobs', 'Jobs'],
  ['/documents', 'Documents'],
];

/** The page for a path (deep links land here through the gateway's fallback). */
function route(path: string): ReactNode {
  let p: Record<string, string> | null;
  if (path === '/' || path === '/setup') return <SetupPage />;
  if (path === '/mappings') return <MappingsPage />;
  if ((p = match('/mappings/:name', path))) return <MappingPage name={p.name} />;
  if (path === '/full-sync') return <FullSyncPage />;
  if ((p = match('/full-sync/:id', path))) return <FullSyncPage key={p.id} runId={p.id} />;
  if (path === '/couplings') return <CouplingsPage />;
  if ((p = match('/records/:kind', path))) return <RecordsPage key={p.kind} kind={p.kind} />;
  if (path === '/jobs') return <JobsPage />;
  if ((p = match('/jobs/:id', path))) return <JobPage id={p.id} />;
  if (path === '/documents') return <DocumentsPage />;
  if ((p = match('/documents/orders/:id', path))) return <OrderPage id={p.id} />;
  if ((p = match('/erp/sales-orders/:no', path))) return <SalesOrderPage no={p.no} />;
  if ((p = match('/erp/sales-quotes/:no', path))) return <SalesQuotePage no={p.no} />;
  return (
    <section className="page">
      <h1>Not found</h1>
      <p>
        There is no console page at <code>{path}</code>. <Link to="/">Go to the connection setup</Link>.
      </p>
    </section>
  );
}

function Shell({ api, role, onSignOut }: { api: Api; role: Role; onSignOut: () => void }) {
  const path = usePath();
  const { session, state } = useSessionValue(api, role, onSignOut);
  const [menu, setMenu] = useState(false);
  useEffect(() => setMenu(false), [path]);
  const section = (to: string) => (to === '/' ? path === '/' || path === '/setup' : path.startsWith(to.split('/').slice(0, 2).join('/')));
  return (
    <SessionContext.Provider value={session}>
      <div className="layout">
        <header className="topbar">
          <Link to="/" className="brand">
            Tandem
          </Link>
          <button type="button" className="menu-toggle" aria-expanded={menu} onClick={() => setMenu(!menu)}>
            Menu
          </button>
          <nav aria-label="Console" className={menu ? 'open' : ''}>
            {NAV.map(([to, label]) => (
              <Link key={to} to={to} className={section(to) ? 'active' : ''}>
                {label}
              </Link>
            ))}
            <a href="/graphql">GraphiQL</a>
          </nav>
          <div className="who">
            <span className="role" title="What this key may do">
              {role.toLowerCase()}
            </span>
            <button type="button" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </header>
        {state !== 'connected' && (
          <div className="banner" role="status">
            Connection to the gateway lost: reconnecting… Changes shown may be out of date.
          </div>
        )}
        <main>{route(path)}</main>
      </div>
    </SessionContext.Provider>
  );
}

function SignIn({ onSignedIn, initialError }: { onSignedIn: (api: Api, role: Role) => void; initialError: ApiError | null }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<ApiError | null>(initialError);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      // No key: a gateway without keys serves loopback callers (as the README says).
      const { api, role } = await signIn(key.trim() || null);
      if (key.trim()) sessionStorage.setItem(KEY_STORAGE, key.trim());
      onSignedIn(api, role);
    } catch (err) {
      const e = err as ApiError;
      setError(!key.trim() && e.code === 'UNAUTHENTICATED' ? new ApiError('Enter the API key you were given', 'UNAUTHENTICATED') : e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="signin">
      <form onSubmit={submit} className="card" aria-label="Sign in">
        <h1>Tandem console</h1>
        <p className="muted">This gateway needs an API key. It is kept in this tab only and forgotten when you sign out.</p>
        <label htmlFor="key">API key</label>
        <input id="key" type="password" autoComplete="current-password" value={key} onChange={(e) => setKey(e.target.value)} aria-describedby="key-error" />
        <ErrorNote error={error} id="key-error" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

/** The console: signs in (a stored key, or none on a keyless loopback gateway), then shows the pages. */
export function App() {
  const [session, setSession] = useState<{ api: Api; role: Role } | null>(null);
  const [needKey, setNeedKey] = useState<ApiError | null | undefined>(undefined);
  useEffect(() => {
    void signIn(sessionStorage.getItem(KEY_STORAGE)).then(
      (s) => setSession(s),
      (e: ApiError) => {
        if (sessionStorage.getItem(KEY_STORAGE)) sessionStorage.removeItem(KEY_STORAGE);
        setNeedKey(e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN' ? null : e);
      },
    );
  }, []);
  const signOut = () => {
    sessionStorage.removeItem(KEY_STORAGE);
    session?.api.dispose();
    setSession(null);
    setNeedKey(null);
  };
  if (session) return <Shell api={session.api} role={session.role} onSignOut={signOut} />;
  if (needKey === undefined)
    return (
      <main className="signin">
        <p className="muted">Connecting to the gateway…</p>
      </main>
    );
  return <SignIn initialError={needKey} onSignedIn={(api, role) => setSession({ api, role })} />;
}
