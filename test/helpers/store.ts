import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { StoreLocation } from '../../src/shared/db';

/** The MariaDB server the MariaDB run uses (the machine's service; override with TANDEM_TEST_MYSQL_URL). */
export const TEST_MYSQL_URL = process.env.TANDEM_TEST_MYSQL_URL || 'mysql://root:@127.0.0.1:3306/tandem';

/** A connection to the MariaDB server of a store URL (no database selected): for what a test checks or drops across databases. */
export function mysqlServer(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) });
}

/** Which store this jest project runs against ("sqlite" or "mariadb"). */
export function testStoreKind(): 'sqlite' | 'mariadb' {
  return (globalThis as { TANDEM_TEST_STORE?: string }).TANDEM_TEST_STORE === 'mariadb' ? 'mariadb' : 'sqlite';
}

/** A fresh, empty store location for one test: a temp folder of SQLite files, or new MariaDB databases. */
export function freshStoreLocation(): StoreLocation & { dispose(): Promise<void> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  if (testStoreKind() === 'sqlite') {
    return { dataDir, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = new URL(TEST_MYSQL_URL);
  const base = `tt_${randomBytes(5).toString('hex')}`;
  url.pathname = `/${base}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const conn = await mysqlServer(url.toString());
      try {
        for (const s of ['erp', 'crm', 'sync']) await conn.query(`DROP DATABASE IF EXISTS \`${base}_${s}\``);
      } finally {
        await conn.end();
      }
    },
  };
}
