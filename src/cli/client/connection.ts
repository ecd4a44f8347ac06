import { Command, Option } from 'commander';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CliError, UNREACHABLE_CODE } from './exit-codes';

/** Options every client command takes. */
export interface ClientOptions {
  url: string;
  key?: string;
  json?: boolean;
}

/** The gateway's default address (what `tandem serve` listens on without PORT/HOST). */
export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** Adds --url, --key and --json to a client command. */
export function withClientOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--url <url>', 'GraphQL endpoint of the gateway').env('TANDEM_URL').default(DEFAULT_URL))
    .addOption(new Option('--key <key>', 'API key sent as "Authorization: Bearer KEY"').env('TANDEM_API_KEY'))
    .option('--json', 'print one JSON document on stdout and nothing else');
}

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

function toCliError(errors: GqlError[]): CliError {
  const first = errors[0];
  return new CliError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
}

/** Why a fetch failed, in words (fetch hides it in `cause`). */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** A connection to one gateway: typed operations over HTTP, subscriptions over graphql-ws. */
export class Api {
  private ws?: Client;

  constructor(readonly options: ClientOptions) {
    try {
      new URL(options.url);
    } catch {
      throw new CliError('BAD_USER_INPUT', `--url "${options.url}" is not a URL (e.g. ${DEFAULT_URL})`);
    }
  }

  /** Runs one query or mutation; GraphQL errors become a CliError carrying the first error's code. */
  async request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
    let res: Response;
    try {
      res = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.options.key ? { authorization: `Bearer ${this.options.key}` } : {}) },
        body: JSON.stringify({ query: print(doc), variables }),
      });
    } catch (error) {
      throw new CliError(UNREACHABLE_CODE, `cannot reach the gateway at ${this.options.url} (${reasonOf(error)})`);
    }
    let body: { data?: TData; errors?: GqlError[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new CliError(UNREACHABLE_CODE, `${this.options.url} answered HTTP ${res.status} without a GraphQL response; is it a Tandem gateway?`);
    }
    if (body.errors?.length) throw toCliError(body.errors);
    if (!body.data) throw new CliError('INTERNAL_SERVER_ERROR', `the gateway answered HTTP ${res.status} without data`);
    return body.data;
  }

  /**
   * Subscribes over graphql-ws; `onNext` sees every payload. Answers a promise that settles when the
   * server completes the subscription, and a function that stops it early.
   */
  subscribe<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables: TVars, onNext: (data: TData) => void): { done: Promise<void>; stop(): void } {
    const client = this.client();
    let stop = () => {};
    const done = new Promise<void>((resolve, reject) => {
      stop = client.subscribe<TData>(
        { query: print(doc), variables: variables as Record<string, unknown> },
        {
          next: (result) => {
            if (result.errors?.length) reject(toCliError(result.errors as GqlError[]));
            else if (result.data) onNext(result.data);
          },
          error: (error) => reject(this.wsError(error)),
          complete: () => resolve(),
        },
      );
    });
    return { done, stop: () => stop() };
  }

  /** Closes the graphql-ws connection, if one was opened. */
  async close(): Promise<void> {
    await this.ws?.dispose();
  }

  private client(): Client {
    this.ws ??= createClient({
      url: this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: this.options.key ? { authorization: `Bearer ${this.options.key}` } : {},
    });
    return this.ws;
  }

  private wsError(error: unknown): CliError {
    if (Array.isArray(error)) return toCliError(error as GqlError[]);
    const close = error as { code?: number; reason?: string };
    if (close?.code === 4403 || close?.code === 4401) return new CliError('UNAUTHENTICATED', `the gateway refused the subscription (${close.reason || close.code})`);
    if (typeof close?.code === 'number')
      return new CliError(UNREACHABLE_CODE, `the subscription connection to ${this.options.url} closed (${close.code}${close.reason ? ` ${close.reason}` : ''})`);
    return new CliError(UNREACHABLE_CODE, `cannot reach the gateway at ${this.options.url} over graphql-ws (${reasonOf(error)})`);
  }
}
