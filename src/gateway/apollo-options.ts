import { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from 'pino';
import type { GatewayContext } from './context';
import { MAX_TOKENS, queryLimitsPlugin } from './limits';
import { textInputPlugin } from './text-input';
import { formatGatewayError } from './errors';
import { Metrics, operationMetricsPlugin } from './metrics';

/** The Apollo Server options every Tandem server shares, beside its schema or gateway. */
export type SharedApolloOptions = Omit<ApolloServerOptionsWithGateway<GatewayContext>, 'gateway'>;

/**
 * One place for what the gateway and a standalone subgraph both enforce and report: the query
 * limits and text checks, metrics, error formatting (no stack traces), no landing page and no
 * reporting to Apollo, and the parser's token limit.
 */
export function sharedApolloOptions(log: Logger, metrics: Metrics): SharedApolloOptions {
  const logError = (detail: unknown) => log.error({ err: detail }, 'unexpected error');
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
    ],
    formatError: (formatted, error) => formatGatewayError(formatted, logError, error),
    // The parser stops past MAX_TOKENS: no validation rule ever sees a huge document.
    parseOptions: { maxTokens: MAX_TOKENS },
    logger: { debug: () => {}, info: () => {}, warn: (m) => log.warn(m), error: (m) => log.error(m) },
  };
}
