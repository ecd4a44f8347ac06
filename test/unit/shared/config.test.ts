import { loadConfig } from '../../../src/shared/config';

describe(loadConfig.name, () => {
  it('should default to a loopback gateway on port 4000 over SQLite with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      redisUrl: undefined,
      allowedOrigins: [],
      allowedHosts: undefined,
      demoData: true,
      jobConcurrency: 2,
      logLevel: 'info',
    });
    expect(config.apiKeys.size).toBe(0);
  });

  it('should read API keys as role:key entries, ignoring empty entries', () => {
    const config = loadConfig({ TANDEM_API_KEYS: 'viewer:viewer-key-1, ,admin:admin-key-1,' });
    expect([...config.apiKeys]).toEqual([
      ['viewer-key-1', 'viewer'],
      ['admin-key-1', 'admin'],
    ]);
  });

  it.each([
    ['no role', 'nokeyhere', /entry 1 of 1 is not ROLE:KEY/],
    ['an unknown role', 'root:long-enough-key', /must be one of viewer, operator, admin/],
    ['a short key', 'admin:k3y$7', /shorter than 8 characters/],
    ['whitespace in a key', 'admin:long enough key', /contains whitespace/],
    ['a repeated key', 'admin:same-key-1,viewer:same-key-1', /entry 2 of 2 repeats the key of entry 1/],
  ])('should refuse %s, naming the entry and never showing it', (_what, raw, message) => {
    let error: Error | undefined;
    try {
      loadConfig({ TANDEM_API_KEYS: raw });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    for (const secret of raw
      .split(',')
      .map((e) => e.split(':')[1])
      .filter(Boolean))
      expect(error!.message).not.toContain(secret);
  });

  it('should read the GraphQL connectors and refuse a URL that is not http(s) or a key without its URL, echoing neither', () => {
    expect(loadConfig({}).connectors).toEqual({});
    expect(loadConfig({ TANDEM_ERP_URL: 'http://erp.internal:4001/graphql', TANDEM_ERP_API_KEY: 'erp-secret-1' }).connectors).toEqual({
      erp: { url: 'http://erp.internal:4001/graphql', apiKey: 'erp-secret-1' },
    });
    expect(loadConfig({ TANDEM_CRM_URL: 'https://crm.example.com/graphql' }).connectors).toEqual({ crm: { url: 'https://crm.example.com/graphql', apiKey: undefined } });
    for (const env of [{ TANDEM_ERP_URL: 'ftp://user:pw-secret@erp/graphql' }, { TANDEM_CRM_URL: 'not a url pw-secret' }, { TANDEM_CRM_API_KEY: 'pw-secret' }]) {
      expect(() => loadConfig(env)).toThrow(/TANDEM_(ERP|CRM)_(URL|API_KEY)/);
      expect(() => loadConfig(env)).not.toThrow(/pw-secret/);
    }
  });

  it('should refuse a database URL that is not MySQL/MariaDB without echoing it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:secret@h/db' })).toThrow(/^DATABASE_URL must look like mysql:/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:secret@h/db' })).not.toThrow(/secret/);
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1:3306/tandem' }).databaseUrl).toBe('mariadb://root@127.0.0.1:3306/tandem');
  });

  it('should read origins and hosts, and refuse malformed ones', () => {
    const config = loadConfig({ TANDEM_ALLOWED_ORIGINS: 'https://console.example.com, http://localhost:5173/', TANDEM_ALLOWED_HOSTS: 'Tandem.Internal,10.0.0.5,[::1]' });
    expect(config.allowedOrigins).toEqual(['https://console.example.com', 'http://localhost:5173']);
    expect(config.allowedHosts).toEqual(['tandem.internal', '10.0.0.5', '[::1]']);
    expect(() => loadConfig({ TANDEM_ALLOWED_ORIGINS: 'https://console.example.com/app' })).toThrow(/entry 1 .* is not an origin/);
    expect(() => loadConfig({ TANDEM_ALLOWED_ORIGINS: 'ftp://files.example.com' })).toThrow(/is not an origin/);
    expect(() => loadConfig({ TANDEM_ALLOWED_HOSTS: 'tandem.internal:4000' })).toThrow(/entry 1 .* is not a host name/);
  });

  it('should refuse a port out of range, and keep at least one job at a time', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: "70000" is not a port number/);
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/is not a port number/);
    expect(loadConfig({ TANDEM_JOB_CONCURRENCY: '0' }).jobConcurrency).toBe(2);
    expect(loadConfig({ TANDEM_JOB_CONCURRENCY: '-3' }).jobConcurrency).toBe(1);
    expect(loadConfig({ TANDEM_DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('should run jobs on their own thread unless TANDEM_JOB_THREAD=0, and refuse any other value', () => {
    expect(loadConfig({}).jobThread).toBe(true);
    expect(loadConfig({ TANDEM_JOB_THREAD: '0' }).jobThread).toBe(false);
    expect(() => loadConfig({ TANDEM_JOB_THREAD: 'yes' })).toThrow(/TANDEM_JOB_THREAD: "yes" is neither 1 .* nor 0/);
    expect(loadConfig({}).jobThreadHeapMb).toBe(256);
    expect(loadConfig({ TANDEM_JOB_THREAD_HEAP_MB: '1024' }).jobThreadHeapMb).toBe(1024);
    expect(() => loadConfig({ TANDEM_JOB_THREAD_HEAP_MB: '12' })).toThrow(/TANDEM_JOB_THREAD_HEAP_MB: "12" is not a whole number of MB between 64 and 65536/);
  });

  it('should run operations across local subgraphs on their merged schema unless TANDEM_MERGED_EXECUTION=0, and refuse any other value', () => {
    expect(loadConfig({}).mergedExecution).toBe(true);
    expect(loadConfig({ TANDEM_MERGED_EXECUTION: '0' }).mergedExecution).toBe(false);
    expect(() => loadConfig({ TANDEM_MERGED_EXECUTION: 'off' })).toThrow(/TANDEM_MERGED_EXECUTION: "off" is neither 1 .* nor 0/);
  });

  it('should share full passes in parts of 10,000 records with Redis or MariaDB and not on SQLite, and refuse a part size that is not a whole number', () => {
    expect(loadConfig({}).syncPartRecords).toBe(0);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).syncPartRecords).toBe(10_000);
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/tandem' }).syncPartRecords).toBe(10_000);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', TANDEM_SYNC_PART_RECORDS: '0' }).syncPartRecords).toBe(0);
    expect(loadConfig({ TANDEM_SYNC_PART_RECORDS: '2500' }).syncPartRecords).toBe(2500);
    for (const raw of ['-1', '2.5', 'many'])
      expect(() => loadConfig({ TANDEM_SYNC_PART_RECORDS: raw })).toThrow(`TANDEM_SYNC_PART_RECORDS: "${raw}" is not a whole number of records`);
  });
});
