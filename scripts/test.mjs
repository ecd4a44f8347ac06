#!/usr/bin/env node
// `npm test`: runs the unit tests once (test/unit: no store), the store and end-to-end tests on
// SQLite, and those again on MariaDB when 127.0.0.1:3306 answers.
// With TANDEM_REQUIRE_SERVICES=1 (CI) a missing MariaDB fails the run loudly instead of being skipped.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

const canConnect = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1500, () => done(false));
  });

const required = process.env.TANDEM_REQUIRE_SERVICES === '1';
const projects = ['unit', 'sqlite'];
if (await canConnect(3306)) {
  projects.push('mariadb');
} else if (required) {
  console.error('\n*** TANDEM_REQUIRE_SERVICES=1 but MariaDB does not answer on 127.0.0.1:3306: the MariaDB run cannot be skipped. ***\n');
  process.exit(1);
} else {
  console.warn('\n*** NOTICE: MariaDB is not reachable on 127.0.0.1:3306, so the MariaDB run of the suite is SKIPPED (SQLite only). ***\n');
}

const args = ['jest', '--selectProjects', ...projects, '--maxWorkers=2', ...process.argv.slice(2)];
// `npm test` has just built dist/: child-process tests may start the compiled server.
const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TANDEM_TEST_DIST: '1' } });
process.exit(result.status ?? 1);
