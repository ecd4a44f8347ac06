import { Command } from 'commander';
import { Api, ClientOptions, withClientOptions } from './connection';
import { ExitCode } from './exit-codes';

/** What a client command's body gets: the connection and the command's own options. */
export type ClientAction<O> = (api: Api, opts: O & ClientOptions, args: string[]) => Promise<ExitCode | void>;

/**
 * Declares a client command under `parent`: adds --url/--key/--json, opens the connection, runs
 * the body, closes the connection and sets the exit code the body answers (0 by default).
 */
export function clientCommand<O>(parent: Command, spec: string, description: string, configure: (cmd: Command) => Command, body: ClientAction<O>): Command {
  // Positional options: `orders convert --json` gives --json to convert, not to the orders list.
  const cmd = withClientOptions(configure(parent.command(spec).description(description))).enablePositionalOptions();
  cmd.action(async (...all: unknown[]) => {
    const self = all[all.length - 1] as Command;
    const opts = self.opts() as O & ClientOptions;
    const api = new Api(opts);
    try {
      const code = await body(api, opts, self.processedArgs.flat() as string[]);
      process.exitCode = code ?? ExitCode.OK;
    } finally {
      await api.close();
    }
  });
  return cmd;
}
