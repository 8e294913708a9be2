#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { UsageError } from './command.js';
import { commands } from './commands/index.js';
import { packagePath } from '../package-root.js';

/** "0.1.0 (papergraph-extractor/0.99.61)": the package, and the extractor whose output a graph was built by. */
async function version(): Promise<string> {
  const { version: pkg } = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  // Loaded only here: every other command loads the extractor only if it needs it.
  const { EXTRACTOR_VERSION } = await import('../extraction/extract.js');
  return `papergraph ${pkg} (${EXTRACTOR_VERSION})`;
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'papergraph: turn lists of ML papers into a knowledge graph of papers and the concepts they share.',
    '',
    'Usage: papergraph <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `papergraph <command> --help` (or `papergraph help <command>`) for a command\'s options; `papergraph --version` for the version.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // "papergraph help extract" is "papergraph extract --help".
  if (argv[0] === 'help' && argv[1]) return main([argv[1], '--help']);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    console.log(await version());
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.error(`papergraph: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`papergraph: ${error.message}`);
      process.exitCode = 2;
    } else {
      console.error(`papergraph: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.PAPERGRAPH_DEBUG && error instanceof Error) console.error(error.stack);
      process.exitCode = 1;
    }
  },
);
