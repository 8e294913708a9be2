// `npm run neo4j`: a real Neo4j 5.26 Community server in the foreground, Bolt on 127.0.0.1.
// Configure with NEO4J_BOLT_PORT, NEO4J_DATA, NEO4J_USER, NEO4J_PASSWORD; Ctrl-C stops it cleanly.
import { startNeo4j } from './launcher.mjs';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run neo4j

Starts Neo4j 5.26 Community from Maven Central's jars (built once with Maven), Bolt on 127.0.0.1.
  NEO4J_BOLT_PORT  Bolt port (default 7687)
  NEO4J_DATA       data directory (default data/neo4j)
  NEO4J_USER / NEO4J_PASSWORD  credentials set on start (default neo4j / papergraph)`);
  process.exit(0);
}

const server = await startNeo4j({ echo: true }).catch((error) => {
  // A taken port or a missing Maven is the user's to fix: the message says how, a stack trace adds nothing.
  console.error(`npm run neo4j: ${error.message}`);
  process.exit(1);
});
console.log(`Neo4j is up at ${server.uri}. Press Ctrl-C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.stop().then(() => process.exit(0));
  });
}
server.process.once('exit', (code) => process.exit(code ?? 0));
