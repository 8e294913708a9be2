import type { CommandEntry } from '../command.js';

/**
 * Every sub-command, in the order `papergraph --help` lists them. A command's module is imported
 * only when it runs, so `--help` and usage errors do not wait for express, the driver or the lexicon.
 */
export const commands: CommandEntry[] = [
  { name: 'extract', summary: 'extract entities, roles and results from paper lists (JSON with --json)', load: async () => (await import('./extract.js')).extract },
  { name: 'load', summary: 'extract paper lists and load the graph into Neo4j (idempotent)', load: async () => (await import('./load.js')).load },
  { name: 'query', summary: 'run a read-only Cypher query, or a saved one, against Neo4j (the console guards)', load: async () => (await import('./query.js')).query },
  { name: 'related', summary: 'rank the papers most worth reading next after a paper, and say why', load: async () => (await import('./related.js')).related },
  { name: 'serve', summary: 'serve the explorer and the JSON API for paper lists (PORT, default 3000)', load: async () => (await import('./serve.js')).serve },
];
