import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { op } from '../api/ops';
import { navigate } from './router';
import { Role, useSession } from './session';

/** An in-console link (no reload). */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** The server's message and code, as a page shows a refusal (never a stack trace). */
export function ErrorNote({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError(String((error as Error)?.message ?? error), 'ERROR');
  return (
    <span className="error" role="alert" id={id}>
      {e.message} <code>{e.code}</code>
    </span>
  );
}

/** A query by operation name: reloads when `vars` change or the connection comes back. */
export function useQuery<T>(name: string, vars?: object, skip = false) {
  const { api, epoch } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!skip);
  const key = JSON.stringify(vars ?? {});
  const seq = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const d = await api.request<T, object>(op(name), JSON.parse(key));
      if (mine === seq.current) {
        setData(d);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(e);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [api, name, key]);
  useEffect(() => {
    if (!skip) void reload();
  }, [reload, epoch, skip]);
  return { data, error, loading, reload, setData };
}

/** Runs a mutation by name; answers its data or throws the ApiError. */
export function useMutation() {
  const { api } = useSession();
  return useCallback(<T,>(name: string, vars?: object) => api.request<T, object>(op(name), vars), [api]);
}

/**
 * A button for an action the role allows (hidden otherwise): shows that it is working, and the
 * server's refusal next to itself.
 */
export function Action({
  requires = 'OPERATOR',
  run,
  children,
  kind,
  label,
  disabled,
}: {
  requires?: Role;
  run: () => Promise<unknown>;
  children: ReactNode;
  kind?: 'primary' | 'danger';
  label?: string;
  disabled?: boolean;
}) {
  const { can } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!can(requires)) return null;
  return (
    <span className="action">
      <button
        type="button"
        className={kind}
        aria-label={label}
        disabled={busy || disabled}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await run();
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Working…' : children}
      </button>
      <ErrorNote error={error} />
    </span>
  );
}

/** A status word in a calm colour. */
export function Badge({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">–</span>;
  const tone = /SUCCE|ON_TIME|SUCCESS/.test(value) ? 'ok' : /FAIL|CONFLICT/.test(value) ? 'bad' : /DELAY|RUNNING|QUEUED|SKIP/.test(value) ? 'warn' : 'neutral';
  return <span className={`badge ${tone}`}>{value.replace(/_/g, ' ').toLowerCase()}</span>;
}

/** A timestamp in the reader's locale, or a dash. */
export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span className="muted">never</span>;
  const d = new Date(at);
  return (
    <time dateTime={at} title={d.toISOString()}>
      {d.toLocaleString()}
    </time>
  );
}

/** Seconds as "4 s", "3 min", "2 h". */
export function duration(seconds: number | null | undefined): string {
  if (seconds == null) return '–';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}

/** A page's heading and its loading / error state. */
export function Page({ title, children, actions, error, loading }: { title: string; children?: ReactNode; actions?: ReactNode; error?: unknown; loading?: boolean }) {
  useEffect(() => {
    document.title = `${title} · Tandem`;
  }, [title]);
  return (
    <section className="page">
      <header className="page-head">
        <h1>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {error ? (
        <p>
          <ErrorNote error={error} />
        </p>
      ) : null}
      {loading && !children ? <p className="muted">Loading…</p> : children}
    </section>
  );
}

/** A modal question with a few answers (Synchronize Now asks which side to overwrite). */
export function Choice({ title, text, options, onCancel }: { title: string; text: string; options: Array<{ label: string; run: () => Promise<unknown> }>; onCancel: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="modal-backdrop" onClick={onCancel}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} onClick={(e) => e.stopPropagation()}>
        <h2>{title}</h2>
        <p>{text}</p>
        <div className="row">
          {options.map((o) => (
            <button
              key={o.label}
              type="button"
              className="primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await o.run();
                  onCancel();
                } catch (e) {
                  setError(e);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {o.label}
            </button>
          ))}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
        <ErrorNote error={error} />
      </div>
    </div>
  );
}
