import { useEffect, useState } from 'react';
import type { JobsLiveSubscription, SyncJobQuery, SyncJobsQuery } from '../api/generated';
import { op } from '../api/ops';
import { navigate, useSearch } from '../app/router';
import { useSession } from '../app/session';
import { Action, Badge, duration, Link, Page, useMutation, useQuery, When } from '../app/ui';
import { MAPPINGS, recordLink } from './records-links';

type Job = SyncJobsQuery['latestSyncJobs'][number];
const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELED'];

function seconds(job: Pick<Job, 'startedAt' | 'finishedAt'>): number | null {
  if (!job.startedAt) return null;
  return ((job.finishedAt ? new Date(job.finishedAt) : new Date()).getTime() - new Date(job.startedAt).getTime()) / 1000;
}

/** Every job, newest first, with filters; updates live from syncJobProgress. */
export function JobsPage() {
  const search = useSearch();
  const filter = { mapping: search.get('mapping') || undefined, status: search.get('status') || undefined, type: search.get('type') || undefined };
  const [first, setFirst] = useState(50);
  const { data, error, setData } = useQuery<SyncJobsQuery>('SyncJobs', { filter, first });
  const { api, epoch } = useSession();
  useEffect(() => {
    return api.subscribe<JobsLiveSubscription, Record<string, never>>(op('JobsLive'), {}, (d) => {
      const job = d.syncJobProgress as Job;
      if ((filter.mapping && job.mapping !== filter.mapping) || (filter.status && job.status !== filter.status) || (filter.type && job.type !== filter.type)) return;
      setData((prev) => {
        if (!prev) return prev;
        const list = prev.latestSyncJobs;
        const i = list.findIndex((j) => j.id === job.id);
        const next = i >= 0 ? list.map((j) => (j.id === job.id ? job : j)) : [job, ...list];
        return { latestSyncJobs: next };
      });
    });
  }, [api, epoch, JSON.stringify(filter)]);
  const set = (k: string, v: string) => {
    const q = new URLSearchParams(window.location.search);
    if (v) q.set(k, v);
    else q.delete(k);
    navigate(`/jobs${q.toString() ? `?${q}` : ''}`);
  };
  return (
    <Page title="Sync jobs" error={error}>
      <div className="filters">
        <label>
          Mapping{' '}
          <select value={filter.mapping ?? ''} onChange={(e) => set('mapping', e.target.value)}>
            <option value="">all</option>
            {MAPPINGS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={filter.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">all</option>
            {['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELED'].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label>
          Type{' '}
          <select value={filter.type ?? ''} onChange={(e) => set('type', e.target.value)}>
            <option value="">all</option>
            {['FULL', 'INCREMENTAL', 'SINGLE', 'MATCH_COUPLING'].map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      </div>
      {!data && !error && <p className="muted">Loading…</p>}
      {data && (
        <div className="table-wrap">
          <table aria-label="Sync jobs">
            <thead>
              <tr>
                <th>Started</th>
                <th>Type</th>
                <th>Mapping</th>
                <th>Direction</th>
                <th>Status</th>
                <th className="num">Processed</th>
                <th className="num">Ins / mod / del</th>
                <th className="num">Failed</th>
                <th>Duration</th>
                <th>Triggered by</th>
              </tr>
            </thead>
            <tbody>
              {data.latestSyncJobs.map((j) => (
                <tr key={j.id}>
                  <td>
                    <Link to={`/jobs/${j.id}`}>
                      <When at={j.startedAt ?? j.queuedAt} />
                    </Link>
                  </td>
                  <td>{j.type.toLowerCase().replace(/_/g, ' ')}</td>
                  <td>{j.mapping}</td>
                  <td>{j.direction === 'TO_CRM' ? '→ CRM' : '← CRM'}</td>
                  <td>
                    <Badge value={j.status} />
                  </td>
                  <td className="num">
                    {j.processed}
                    {j.total != null ? ` / ${j.total}` : ''}
                  </td>
                  <td className="num">
                    {j.inserted} / {j.modified} / {j.deleted}
                  </td>
                  <td className="num">{j.failed ? <b className="error-text">{j.failed}</b> : 0}</td>
                  <td>{duration(seconds(j))}</td>
                  <td>{j.trigger === 'FULL_SYNC' ? 'full sync' : j.trigger === 'SCHEDULE' ? 'schedule' : 'a person'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.latestSyncJobs.length === 0 && <p className="muted">No job matches. Jobs appear here as they are queued.</p>}
      {data && data.latestSyncJobs.length >= first && first < 500 && (
        <button type="button" onClick={() => setFirst(Math.min(500, first + 100))}>
          Show more
        </button>
      )}
    </Page>
  );
}

/** One job: its counters and its errors with links to the records. */
export function JobPage({ id }: { id: string }) {
  const { data, error, reload } = useQuery<SyncJobQuery>('SyncJob', { id });
  const { api, epoch } = useSession();
  const mutate = useMutation();
  const job = data?.syncJob;
  useEffect(() => {
    if (!job || FINAL.includes(job.status)) return;
    return api.subscribe(op('JobsLive'), {}, (d: JobsLiveSubscription) => {
      if (d.syncJobProgress.id === id) void reload();
    });
  }, [api, epoch, id, job?.status]);
  return (
    <Page title="Sync job" error={error} loading={!data}>
      {data && !job && (
        <p>
          No job <code>{id}</code>. <Link to="/jobs">All jobs</Link>
        </p>
      )}
      {job && (
        <>
          <p className="muted">
            <Link to="/jobs">Sync jobs</Link> / {job.id}
          </p>
          <div className="stats">
            <div>
              <Badge value={job.status} />
            </div>
            <div>
              {job.type.toLowerCase()} · {job.mapping} · {job.direction === 'TO_CRM' ? 'ERP → CRM' : 'CRM → ERP'}
            </div>
            <div>
              <b>{job.processed}</b>
              {job.total != null && ` / ${job.total}`} processed
            </div>
            <div>
              <b>{job.inserted}</b> inserted · <b>{job.modified}</b> modified · <b>{job.unchanged}</b> unchanged
            </div>
            <div>
              <b>{job.failed}</b> failed · <b>{job.skipped}</b> skipped · <b>{job.coupled}</b> coupled
            </div>
            <div>
              started <When at={job.startedAt} />, {duration(seconds(job))}
              {job.recordsPerSecond != null && `, ${job.recordsPerSecond} records/s`}
            </div>
            <div>triggered by {job.trigger === 'FULL_SYNC' ? 'a full synchronization' : job.trigger === 'SCHEDULE' ? 'the schedule' : 'a person'}</div>
          </div>
          {job.message && <p className="warning">{job.message}</p>}
          {!FINAL.includes(job.status) && (
            <Action
              kind="danger"
              run={async () => {
                await mutate('CancelSyncJob', { id: job.id });
                await reload();
              }}
            >
              Cancel job
            </Action>
          )}
          <h2>Errors ({job.errors.length})</h2>
          {job.errors.length === 0 ? (
            <p className="muted">No record failed.</p>
          ) : (
            <div className="table-wrap">
              <table aria-label="Errors">
                <thead>
                  <tr>
                    <th>When</th>
                    <th>ERP record</th>
                    <th>CRM record</th>
                    <th>Error</th>
                  </tr>
                </thead>
                <tbody>
                  {job.errors.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <When at={e.createdAt} />
                      </td>
                      <td>{e.erpId ? recordLink(job.mapping, 'erp', e.erpId, undefined) : '–'}</td>
                      <td>{e.crmId ? recordLink(job.mapping, 'crm', e.crmId, undefined) : '–'}</td>
                      <td className="error-text">{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
