// Reference GraphQL server for the Graph API benchmark: graphql-yoga over the in-memory graph.
//   node server.mjs --data graph.json [--port 5090] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadGraph } from './graph.mjs';
import { typeDefs } from './schema.mjs';
import { makeResolvers } from './resolvers.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '5090' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
if (!values.data) {
  console.error('usage: node server.mjs --data graph.json [--port 5090] [--host 127.0.0.1]');
  process.exit(2);
}

const started = performance.now();
const graph = loadGraph(values.data);
const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers: makeResolvers(graph) }),
  graphiql: false,
  landingPage: false,
  // Per-request logging would cost the reference server time the Graph service does not spend.
  logging: false,
});

createServer(yoga).listen(Number(values.port), values.host, () => {
  const ms = (performance.now() - started).toFixed(0);
  console.log(`yoga: ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships from ${values.data} in ${ms} ms; http://${values.host}:${values.port}/graphql`);
});
