import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { KEY_STORAGE } from './api/client';

/*
 * The local GraphiQL on GET /graphql: queries and mutations over HTTP, subscriptions over
 * graphql-ws, both on this origin. The console's key (same tab) is sent along when present.
 */
const key = sessionStorage.getItem(KEY_STORAGE);
const { protocol, host } = window.location;
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: key ? { authorization: `Bearer ${key}` } : undefined,
  wsClient: createClient({ url: `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`, connectionParams: key ? { authorization: `Bearer ${key}` } : {}, lazy: true }),
});

const DEFAULT_QUERY = `# Tandem: one federated graph over the ERP, the CRM and the sync engine.
{
  me { role }
  tableMappings { name direction health { coupled status } }
  customers(first: 5) { totalCount nodes { no name coupledAccount { name } } }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
