/**
 * The read-path bench's reference point: a bare Apollo Server 5 answering the bench's query
 * shapes from memory, run as its own process (`node -r ts-node/register/transpile-only
 * bench/bare-apollo.server.ts PORT ROWS`). It prints "ready" when it listens on 127.0.0.1.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const typeDefs = `#graphql
  type Salesperson { code: ID! name: String! }
  type Account { id: ID! name: String! }
  type Customer { no: ID! name: String! salesperson: Salesperson coupledAccount: Account }
  type CustomerConnection { nodes: [Customer!]! totalCount: Int! }
  type Query { customers(first: Int): CustomerConnection! }
`;

async function main() {
  const [port, rows] = process.argv.slice(2).map(Number);
  const salespeople = Array.from({ length: 5 }, (_, i) => ({ code: `SP${i + 1}`, name: `Salesperson ${i + 1}` }));
  const customers = Array.from({ length: rows }, (_, i) => {
    const no = `B${String(i).padStart(7, '0')}`;
    return { no, name: `Customer ${no}`, salesperson: salespeople[i % 5], coupledAccount: { id: `acc-${i}`, name: `Customer ${no}` } };
  });
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { customers: (_: unknown, a: { first?: number }) => ({ nodes: customers.slice(0, a.first ?? 50), totalCount: customers.length }) } },
  });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log('ready');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
