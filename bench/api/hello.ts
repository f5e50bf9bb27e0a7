// The bare Apollo Server hello-world the API benchmark compares Puente with: Apollo Server 5
// on Express 5, `{ hello }`, nothing else. Run as its own process: node dist/bench/api/hello.js
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'Hello, world' } },
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = app.listen(Number(process.env.PORT ?? 4000), '127.0.0.1');
  http.keepAliveTimeout = 65_000;
  const stop = () => {
    http.close();
    void server.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
