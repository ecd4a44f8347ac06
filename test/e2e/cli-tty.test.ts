import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { ROOT, tandemArgv } from '../helpers/cli';
import { testStoreKind } from '../helpers/store';

/*
 * `tandem sync full` in a real pseudo-terminal (tmux): one cli-progress bar per review line,
 * moving while the run goes, with records/s, time left and the final status.
 */
const PER_SIDE = 4000;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

describe('tandem sync full on a terminal', () => {
  let gw: TestGateway;
  const session = `tandem-tty-${process.pid}`;
  beforeAll(async () => {
    gw = await startTestGateway();
    const now = new Date();
    const customers = Array.from({ length: PER_SIDE }, (_, i) => ({
      no: `T${String(i).padStart(6, '0')}`,
      name: `TTY customer ${i}`,
      creditLimit: '0',
      blocked: false,
      modifiedAt: now,
    }));
    for (let i = 0; i < PER_SIDE; i += 500) await gw.stores.erp.getRepository('Customer').insert(customers.slice(i, i + 500));
  });
  afterAll(async () => {
    try {
      tmux('kill-session', '-t', session);
    } catch {
      /* already gone */
    }
    await gw.stop();
  });

  it('should draw one moving progress bar per line and end with the final status', async () => {
    const command = [...tandemArgv(), 'sync', 'full', '-m', 'salespeople', 'currency', 'customer', '--url', gw.url].map((a) => `'${a}'`).join(' ');
    tmux('new-session', '-d', '-x', '120', '-y', '30', '-s', session, '-c', ROOT, `${command}; echo EXIT=$?; sleep 30`);
    const screens: string[] = [];
    const deadline = Date.now() + 120_000;
    let screen = '';
    while (!/EXIT=\d+/.test(screen) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 150));
      screen = tmux('capture-pane', '-p', '-t', session);
      if (/CUSTOMER +\[/.test(screen)) screens.push(screen);
    }
    expect(screen).toMatch(/EXIT=0/);
    // The CUSTOMER bar showed different counts while it ran: it moved.
    const counts = new Set(screens.map((s) => /CUSTOMER +\[[^\]]*\] +(\d+)\//.exec(s)?.[1]).filter(Boolean));
    expect(counts.size).toBeGreaterThan(1);
    expect(screen).toMatch(/SALESPEOPLE +\[[=-]+\] +\d+\/\d+ +\| +\d+ rec\/s \| left - +\| SUCCEEDED/);
    expect(screen).toMatch(/CUSTOMER +\[=+\] +(\d+)\/\1 +\| +\d+ rec\/s \| left - +\| SUCCEEDED/);
    expect(screen).toMatch(/full synchronization [0-9a-f-]{36} SUCCEEDED in [\d.]+ s/);
    // For the lead's note: one screen mid-run and the final one.
    mkdirSync('/tmp/cli-shots', { recursive: true });
    const middle = screens[Math.floor(screens.length / 2)] ?? '';
    writeFileSync(`/tmp/cli-shots/sync-full-${testStoreKind()}.txt`, `--- mid-run ---\n${middle}\n--- final ---\n${screen}\n`);
  });
});
