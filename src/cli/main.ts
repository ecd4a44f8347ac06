#!/usr/bin/env node
// First: libraries read NODE_ENV as they load.
import './production-env';
import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { SUBGRAPH_NAMES, SubgraphName } from '../shared/config';
import { CliError, registerClientCommands } from './client';
import { printJson } from './client/output';

export { parseMappingName } from './client/args';

/** Exit code of a command line that cannot be run as written (unknown command, option or name). */
const EXIT_USAGE = 2;

/**
 * The commands that run Tandem itself, loaded when one runs: a client command (a script's
 * `tandem status`) starts without the gateway's modules, about a second sooner.
 */
function serverCommands(): typeof import('./server-commands') {
  // A plain require: a dynamic import() here would go through Node's ES module loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./server-commands');
}

const program = new Command('tandem')
  .description('Tandem: one GraphQL graph over an ERP and a CRM, kept in sync')
  .showHelpAfterError('(run "tandem --help" for the commands and their options)')
  .exitOverride()
  // Options belong to the command they follow (`orders convert --json`), as scripts expect.
  .enablePositionalOptions();

program
  .command('serve')
  .description('run the gateway (HTTP and graphql-ws on /graphql, the console on /, /livez, /readyz, /metrics)')
  .addOption(new Option('--subgraph <name>', 'serve one subgraph on its own at /graphql instead of the gateway (any Federation 2 router can compose it)').choices(SUBGRAPH_NAMES))
  .action((opts: { subgraph?: SubgraphName }) => serverCommands().serve(opts));

program
  .command('worker')
  .description('run sync jobs from the BullMQ queue (needs REDIS_URL and a shared DATABASE_URL); /metrics, /livez and /readyz on METRICS_PORT')
  .action(() => serverCommands().worker());

program
  .command('migrate')
  .description('create the databases if missing and run pending migrations, then exit')
  .action(() => serverCommands().migrate());

program
  .command('seed')
  .description('seed the demo data into empty stores, then exit')
  .action(() => serverCommands().seed());

registerClientCommands(program);

program.parseAsync().catch((error) => {
  if (error instanceof CliError) {
    // What a script needs: the code and the message on stderr (never a stack), and with --json
    // the same as the one JSON document on stdout.
    if (process.argv.includes('--json')) printJson({ error: { code: error.code, message: error.message } });
    console.error(`${error.code}: ${error.message}`);
    process.exit(error.exitCode);
  }
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and --version are not failures.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  // Configuration mistakes carry a message that says how to fix them; no stack needed.
  console.error(`tandem: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
