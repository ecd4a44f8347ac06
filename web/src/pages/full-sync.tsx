import { useEffect, useState } from 'react';
import type { FullSyncProgressSubscription, FullSyncRunQuery, PreviewQuery, RunFullSyncMutation } from '../api/generated';
import { op as opText } from '../api/ops';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { Action, Badge, duration, ErrorNote, Link, Page, useMutation, useQuery, When } from '../app/ui';

type Run = NonNullable<FullSyncRunQuery['fullSyncRun']>;
type Line = Run['lines'][number];
type Job = NonNullable<Line['toCrmJob']>;

const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELED'];

/** A line's progress over its jobs: processed of total, the running job's rate and the time left. */
function lineProgress(line: Line) {
  const jobs = [line.toCrmJob, line.fromCrmJob].filter((j): j is Job => !!j);
  const max = jobs.reduce((s, j) => s + Math.max(j.total ?? 0, j.processed), 0);
  const now = jobs.reduce((s, j) => s + j.processed, 0);
  const running = jobs.find((j) => j.status === 'RUNNING');
  const rate = running?.recordsPerSecond ?? null;
  const left = rate && rate > 0 ? (max - now) / rate : null;
  const done = line.status === 'SUCCEEDED';
  // A line that succeeded is complete, whatever its jobs counted (a match step may process fewer than its total).
  const top = Math.max(max, 1);
  return { now: done ? top : Math.min(now, top), max: top, rate, left, jobs };
}

/** One live bar per review line (role=progressbar, named by the mapping). */
function RunView({ run }: { run: Run }) {
  const mutate = useMutation();
  const open = !FINAL.includes(run.status);
  const jobsToCancel = run.lines.flatMap((l) => [l.toCrmJob, l.fromCrmJob]).filter((j): j is Job => !!j && !FINAL.includes(j.status));
  return (
    <div className="card">
      <div className="row spread">
        <h2>
          Run started <When at={run.startedAt} />
        </h2>
        <div className="row">
          <Badge value={run.status} />
          {open && jobsToCancel.length > 0 && (
            <Action
              kind="danger"
              run={async () => {
                for (const j of jobsToCancel) await mutate('CancelSyncJob', { id: j.id }).catch(() => undefined);
              }}
            >
              Cancel
            </Action>
          )}
        </div>
      </div>
      {run.finishedAt && (
        <p className="muted">
          Finished <When at={run.finishedAt} />
        </p>
      )}
      <ul className="lines">
        {run.lines.map((l) => {
          const p = lineProgress(l);
          return (
            <li key={l.mapping} className="line">
              <div className="line-head">
                <span className="line-name">{l.mapping}</span>
                <Badge value={l.status} />
                <span className="muted small">{l.recommendation.toLowerCase().replace(/_/g, ' ')}</span>
              </div>
              <div className="bar" role="progressbar" aria-label={l.mapping} aria-valuemin={0} aria-valuenow={p.now} aria-valuemax={p.max}>
                <div className={`fill ${l.status.toLowerCase()}`} style={{ width: `${Math.min(100, (100 * p.now) / p.max)}%` }} />
              </div>
              <div className="line-foot small">
                <span>
                  {p.now.toLocaleString()} / {p.max.toLocaleString()}
                </span>
                {p.rate != null && l.status === 'RUNNING' && <span>{p.rate.toLocaleString()} records/s</span>}
                {p.left != null && l.status === 'RUNNING' && <span>about {duration(p.left)} left</span>}
                {l.message && <span className="warn-text">{l.message}</span>}
                {p.jobs.map((j) => (
                  <Link key={j.id} to={`/jobs/${j.id}`}>
                    job {j === l.toCrmJob ? '→ CRM' : '← CRM'}
                    {j.failed ? ` (${j.failed} failed)` : ''}
                  </Link>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Follows a run live over graphql-ws: every counter change arrives without a reload. */
function useLiveRun(runId: string | undefined) {
  const { api, epoch } = useSession();
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!runId) return;
    setError(null);
    return api.subscribe<FullSyncProgressSubscription, { id: string }>(
      opText('FullSyncProgress'),
      { id: runId },
      (d) => setRun(d.fullSyncProgress as Run),
      (e) => setError(e),
    );
  }, [api, runId, epoch]);
  return { run, error };
}

/** Full synchronization review: the plan first, then Start; live bars per line; past runs. */
export function FullSyncPage({ runId }: { runId?: string }) {
  const preview = useQuery<PreviewQuery>('Preview', {}, !!runId);
  const mutate = useMutation();
  const runningId = preview.data?.fullSyncRuns.find((r) => r.status === 'RUNNING')?.id;
  const live = useLiveRun(runId ?? runningId);
  const [startError, setStartError] = useState<unknown>(null);
  const start = async () => {
    setStartError(null);
    try {
      const r = await mutate<RunFullSyncMutation>('RunFullSync', {});
      navigate(`/full-sync/${r.runFullSynchronization.id}`);
    } catch (e) {
      setStartError(e);
    }
  };
  if (runId) {
    return (
      <Page title="Full synchronization run" error={live.error} loading={!live.run}>
        <p className="muted">
          <Link to="/full-sync">Full synchronization review</Link> / run
        </p>
        {live.run && <RunView run={live.run} />}
      </Page>
    );
  }
  return (
    <Page
      title="Full synchronization review"
      error={preview.error}
      loading={!preview.data}
      actions={
        !runningId && (
          <Action kind="primary" run={start}>
            Start
          </Action>
        )
      }
    >
      <ErrorNote error={startError} />
      {live.run && <RunView run={live.run} />}
      {preview.data && (
        <>
          <h2>Plan</h2>
          <p className="muted">What a run would do now (nothing is written until you start it). Lines run in dependency order.</p>
          <div className="table-wrap">
            <table aria-label="Plan">
              <thead>
                <tr>
                  <th>Mapping</th>
                  <th>Recommendation</th>
                  <th className="num">ERP</th>
                  <th className="num">CRM</th>
                  <th className="num">Already coupled</th>
                  <th className="num">Would couple</th>
                  <th className="num">Create in CRM</th>
                  <th className="num">Create in ERP</th>
                  <th className="num">Ambiguous</th>
                </tr>
              </thead>
              <tbody>
                {preview.data.previewFullSynchronization.map((l) => (
                  <tr key={l.mapping}>
                    <td>{l.mapping}</td>
                    <td>{l.recommendation.toLowerCase().replace(/_/g, ' ')}</td>
                    <td className="num">{l.erpRecords}</td>
                    <td className="num">{l.crmRecords}</td>
                    <td className="num">{l.alreadyCoupled}</td>
                    <td className="num">{l.wouldCouple}</td>
                    <td className="num">{l.wouldCreateInCrm}</td>
                    <td className="num">{l.wouldCreateInErp}</td>
                    <td className="num">{l.ambiguous ? <b className="warn-text">{l.ambiguous}</b> : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Past runs</h2>
          {preview.data.fullSyncRuns.length === 0 ? (
            <p className="muted">No run yet.</p>
          ) : (
            <ul className="plain">
              {preview.data.fullSyncRuns.map((r) => (
                <li key={r.id}>
                  <Link to={`/full-sync/${r.id}`}>
                    <When at={r.startedAt} />
                  </Link>{' '}
                  <Badge value={r.status} />{' '}
                  {r.finishedAt && (
                    <span className="muted small">
                      finished <When at={r.finishedAt} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
