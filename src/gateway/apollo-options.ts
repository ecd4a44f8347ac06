import { ApolloServerOptionsWithGateway, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from 'pino';
import type { GatewayContext } from './context';
import { MAX_TOKENS, queryLimitsPlugin } from './limits';
import { textInputPlugin } from './text-input';
import { formatGatewayError } from './errors';
import { Metrics, operationMetricsPlugin } from './metrics';

/**
 * Logs each error the answer masks as an internal one, with the request's id. Here rather than
 * in `formatError`, which does not know the request: the id travels in the request's context,
 * not in an AsyncLocalStorage scope (whose promise hooks cost every request a seventh of its time).
 */
function unexpectedErrorLogPlugin(log: Logger, logged: WeakSet<object>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const reqId = contextValue.forward?.requestId;
          for (const error of errors) {
            logged.add(error);
            formatGatewayError(error.toJSON(), (detail) => log.error({ err: detail, reqId }, 'unexpected error'), error);
          }
        },
      };
    },
  };
}

/** The Apollo Server options every Tandem server shares, beside its schema or gateway. */
export type SharedApolloOptions = Omit<ApolloServerOptionsWithGateway<GatewayContext>, 'gateway'>;

/**
 * One place for what the gateway and a standalone subgraph both enforce and report: the query
 * limits and text checks, metrics, error formatting (no stack traces), no landing page and no
 * reporting to Apollo, and the parser's token limit.
 */
export function sharedApolloOptions(log: Logger, metrics: Metrics): SharedApolloOptions {
  // The errors the plugin has seen (and logged if unexpected).
  const logged = new WeakSet<object>();
  return {
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Our own stop (cli/main.ts) closes Apollo in its turn; Apollo's handlers would stop it first
    // and then send the signal again, cutting the graceful stop short.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      queryLimitsPlugin(),
      textInputPlugin(),
      operationMetricsPlugin(metrics),
      unexpectedErrorLogPlugin(log, logged),
    ],
    // Logged by unexpectedErrorLogPlugin, which knows the request; here only what Apollo
    // answers outside the request's pipeline (a failing plugin hook, an answer it cannot write).
    formatError: (formatted, error) => formatGatewayError(formatted, (detail) => (logged.has(error as object) ? undefined : log.error({ err: detail }, 'unexpected error')), error),
    // The parser stops past MAX_TOKENS: no validation rule ever sees a huge document.
    parseOptions: { maxTokens: MAX_TOKENS },
    logger: { debug: () => {}, info: () => {}, warn: (m) => log.warn(m), error: (m) => log.error(m) },
  };
}
