import { Command } from 'commander';
import { registerCouplingCommands } from './coupling';
import { registerDocumentCommands } from './documents';
import { registerJobCommands } from './jobs';
import { registerStatusCommands } from './status';
import { registerSyncCommands } from './sync';

export { CliError, ExitCode } from './exit-codes';

/** Adds every client command (they talk to a running gateway over HTTP and graphql-ws). */
export function registerClientCommands(program: Command): void {
  registerStatusCommands(program);
  registerSyncCommands(program);
  registerJobCommands(program);
  registerCouplingCommands(program);
  registerDocumentCommands(program);
}
