import { MultiBar, SingleBar } from 'cli-progress';
import type { JobFieldsFragment, RunFieldsFragment } from '../../client/generated';

/** One line of the progress display: a full-sync review line, or one job. */
export interface ProgressRow {
  key: string;
  label: string;
  status: string;
  processed: number;
  /** Records to process, when the job knows (null until it has counted them). */
  total: number | null;
  startedAt: string | null;
  finishedAt: string | null;
}

const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELED'];

/** Whether a run or job status is final. */
export const isFinal = (status: string) => FINAL.includes(status);

const arrow = (direction: string) => (direction === 'FROM_CRM' ? '<-CRM' : direction === 'TO_CRM' ? '->CRM' : direction);

/** A job as one row. */
export function rowOfJob(job: JobFieldsFragment): ProgressRow {
  return {
    key: job.id,
    label: `${job.mapping} ${arrow(job.direction)}`,
    status: job.status,
    processed: job.processed,
    total: job.total ?? null,
    startedAt: job.startedAt ?? null,
    finishedAt: job.finishedAt ?? null,
  };
}

/** The sum of the totals known so far, or null when none is. */
function known(totals: Array<number | null | undefined>): number | null {
  const set = totals.filter((t): t is number => typeof t === 'number');
  return set.length ? set.reduce((n, t) => n + t, 0) : null;
}

/** A full-sync run as one row per review line: its two passes added up. */
export function rowsOfRun(run: RunFieldsFragment): ProgressRow[] {
  return run.lines.map((line) => {
    const jobs = [line.toCrmJob, line.fromCrmJob].filter((j): j is JobFieldsFragment => !!j);
    const totals = jobs.map((j) => j.total);
    const starts = jobs
      .map((j) => j.startedAt)
      .filter((s): s is string => !!s)
      .sort();
    const ends = jobs
      .map((j) => j.finishedAt)
      .filter((s): s is string => !!s)
      .sort();
    return {
      key: line.mapping,
      label: line.mapping,
      status: line.status,
      processed: jobs.reduce((n, j) => n + j.processed, 0),
      // A queued second pass has no total yet: the line shows what is known so far rather than no bar at all.
      total: known(totals) ?? (isFinal(line.status) ? 0 : null),
      startedAt: starts[0] ?? null,
      finishedAt: isFinal(line.status) ? (ends[ends.length - 1] ?? null) : null,
    };
  });
}

/** Records per second of a row so far. */
export function rateOf(row: ProgressRow, now = Date.now()): number {
  if (!row.startedAt) return 0;
  const end = row.finishedAt ? Date.parse(row.finishedAt) : now;
  const seconds = (end - Date.parse(row.startedAt)) / 1000;
  return seconds > 0 ? row.processed / seconds : 0;
}

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const r = Math.round(s);
  return r < 60 ? `${r}s` : `${Math.floor(r / 60)}m${String(r % 60).padStart(2, '0')}s`;
}

/** Time left of a row ("?" while unknown, "-" when done). */
export function leftOf(row: ProgressRow, now = Date.now()): string {
  if (isFinal(row.status)) return '-';
  const rate = rateOf(row, now);
  if (row.total === null || rate <= 0) return '?';
  return seconds(Math.max(0, row.total - row.processed) / rate);
}

/** Shows rows as they change: bars on a terminal, plain lines otherwise. */
export interface ProgressView {
  update(rows: ProgressRow[]): void;
  stop(): void;
}

/** cli-progress bars, one per row (processed/total, records/s, time left, status). */
export class BarView implements ProgressView {
  private readonly multi: MultiBar;
  private readonly bars = new Map<string, SingleBar>();
  private readonly width: number;

  constructor(labels: string[] = []) {
    this.width = Math.max(14, ...labels.map((l) => l.length));
    this.multi = new MultiBar({
      stream: process.stdout,
      format: '{label} [{bar}] {done}/{all} | {rate} rec/s | left {left} | {status}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      forceRedraw: true,
      fps: 10,
    });
  }

  update(rows: ProgressRow[]): void {
    for (const row of rows) {
      // An unknown total draws an empty bar (the counts still move) rather than a falsely full one.
      const total = Math.max(row.total ?? 1, 1);
      const value = row.total === null ? (isFinal(row.status) ? 1 : 0) : row.total === 0 && isFinal(row.status) ? 1 : Math.min(row.processed, total);
      const payload = {
        label: row.label.padEnd(this.width),
        done: String(row.processed).padStart(6),
        all: (row.total === null ? '?' : String(row.total)).padEnd(6),
        rate: rateOf(row).toFixed(0).padStart(5),
        left: leftOf(row).padEnd(6),
        status: row.status,
      };
      const bar = this.bars.get(row.key);
      if (!bar) this.bars.set(row.key, this.multi.create(total, value, payload));
      else {
        bar.setTotal(total);
        bar.update(value, payload);
      }
    }
  }

  stop(): void {
    this.multi.update();
    this.multi.stop();
  }
}

/** One plain line per change (status always, counters at most once a second per row): CI logs read well. */
export class LineView implements ProgressView {
  private readonly last = new Map<string, { status: string; processed: number; at: number }>();

  update(rows: ProgressRow[]): void {
    const now = Date.now();
    for (const row of rows) {
      const seen = this.last.get(row.key);
      const changed = !seen || seen.status !== row.status || (seen.processed !== row.processed && now - seen.at >= 1000);
      if (!changed) continue;
      this.last.set(row.key, { status: row.status, processed: row.processed, at: now });
      const total = row.total === null ? '?' : String(row.total);
      process.stdout.write(`${new Date(now).toISOString().slice(11, 19)} ${row.label} ${row.status} ${row.processed}/${total} ${rateOf(row, now).toFixed(0)} rec/s\n`);
    }
  }

  stop(): void {}
}

/** No display at all (`--json`: only the final document goes to stdout). */
export class SilentView implements ProgressView {
  update(): void {}
  stop(): void {}
}

/** The view that fits the output: silent for --json, bars on a terminal, plain lines otherwise. */
export function viewFor(json: boolean | undefined, labels: string[] = []): ProgressView {
  if (json) return new SilentView();
  return process.stdout.isTTY ? new BarView(labels) : new LineView();
}
