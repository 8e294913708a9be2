// Starts the Maven-built Neo4j launcher (Neo4jServer.java) as a child process and resolves once
// Bolt accepts connections. Used by `npm run neo4j` and by the test setup.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = join(here, 'target', 'classpath.txt');

// ESC [ ... m: the colour and reset codes.
const ANSI_CODE = /\u001b\[[0-9;]*m/g;

/** Builds the launcher with Maven unless target/ is newer than the pom and the Java source. */
export function buildLauncher() {
  const sources = [join(here, 'pom.xml'), join(here, 'src/main/java/papergraph/Neo4jServer.java')];
  const built = existsSync(classpathFile) ? statSync(classpathFile).mtimeMs : 0;
  if (built && sources.every((f) => statSync(f).mtimeMs <= built)) return;
  // Quiet Maven prints nothing for minutes on a first build; say what is happening.
  process.stderr.write("neo4j: building the launcher with Maven (a first build downloads Neo4j's jars, about 0.5 GB, into ~/.m2)\n");
  const args = ['-B', '-q', '-f', join(here, 'pom.xml'), 'package', '-DskipTests'];
  // Debian's Maven 3.8 writes ANSI reset codes even in batch mode (-B, -Dstyle.color=never); pass its words on without
  // them. Quiet Maven prints only errors, so holding its output until it exits loses nothing.
  const result = spawnSync('mvn', args, { stdio: ['inherit', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  for (const out of [result.stdout, result.stderr]) if (out?.length) process.stderr.write(out.toString().replace(ANSI_CODE, ''));
  if (result.error?.code === 'ENOBUFS') throw new Error('Maven wrote more than 64 MB of output and was stopped; run `mvn -B -f neo4j/pom.xml package` to see it.');
  if (result.error) throw new Error(`Could not run Maven (mvn): ${result.error.message}. Install Maven and Java 17+, or use Docker (docker compose up neo4j).`);
  if (result.status !== 0) throw new Error('Building the Neo4j launcher with Maven failed; see the Maven output above.');
  // Maven leaves an unchanged classpath file untouched; mark the build as fresh so the next start skips Maven.
  const now = new Date();
  utimesSync(classpathFile, now, now);
}

/** Resolves with a TCP port that is free on loopback right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function boltAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts a real Neo4j server. Options: port (default NEO4J_BOLT_PORT or 7687), dataDir (default
 * NEO4J_DATA or data/neo4j), heap (default 1g), echo (copy the server's output to stdout), timeoutMs.
 * Returns { uri, port, dataDir, process, stop() }.
 */
export async function startNeo4j(options = {}) {
  buildLauncher();
  const port = Number(options.port ?? process.env.NEO4J_BOLT_PORT ?? 7687);
  const dataDir = options.dataDir ?? process.env.NEO4J_DATA ?? join(here, '..', 'data', 'neo4j');
  if (await boltAnswers(port)) throw new Error(`Port ${port} is already in use; set NEO4J_BOLT_PORT to another port.`);
  const classpath = `${join(here, 'target', 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}`;
  const child = spawn('java', [`-Xmx${options.heap ?? '1g'}`, '-cp', classpath, 'papergraph.Neo4jServer'], {
    env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (d) => {
      output = (output + d).slice(-4000);
      if (options.echo) process.stdout.write(d);
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let exitInfo = null;
  exited.then((info) => (exitInfo = info));
  while (!(await boltAnswers(port))) {
    if (exitInfo) throw new Error(`Neo4j exited before Bolt answered (${JSON.stringify(exitInfo)}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Neo4j did not answer on port ${port} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // Bolt opens just before the password is set; wait for the launcher's ready line.
  while (!output.includes('Bolt ready') && !exitInfo) {
    if (Date.now() > deadline) throw new Error(`Neo4j did not report ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    process: child,
    /** Stops the server (SIGTERM, so it shuts down cleanly) and resolves when it has exited. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
