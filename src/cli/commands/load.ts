import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportExtractionFailure } from '../extracted.js';
import { retryReporter } from '../retry-notice.js';
import { inputFiles, noPapersRead, PaperInput } from '../input.js';
import { Progress } from '../progress.js';
import { EXTRACTOR_VERSION } from '../../extraction/extract.js';
import { extractAll } from '../../extraction/parallel.js';
import type { ExtractedPaper } from '../../extraction/types.js';
import { neo4jConfigFromEnv } from '../../store/config.js';
import { closeDrivers } from '../../store/driver.js';
import { Neo4jConnectionError } from '../../store/errors.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_RETRIES, isConnectionError, loadPapers, retryDelayMs, type LoadReport } from '../../store/load.js';

/** "1, 2, 4, 8, then 16 s; 111 s in all" */
const RETRY_WAITS = (() => {
  const waits = Array.from({ length: DEFAULT_RETRIES }, (_, i) => retryDelayMs(i + 1) / 1000);
  const distinct = [...new Set(waits)];
  const last = distinct.pop();
  const total = waits.reduce((a, b) => a + b, 0);
  return `${distinct.length ? `${distinct.join(', ')}, then ` : ''}${last} s; ${total} s in all`;
})();

const HELP = `Usage: papergraph load [FILE...] [--dry-run] [--batch-size N]

Reads paper lists, extracts them and loads papers, entities, role links (with evidence) and
results into Neo4j. Loading is idempotent: papers already stored unchanged are skipped, a paper
whose text or extraction changed has its links replaced in one transaction, and entities shared
with papers loaded before are joined. An interrupted load can simply be run again.

  FILE...          paper lists (trending-page text, JSON, JSON Lines, arXiv Atom XML); "-" reads
                   stdin, a .gz file is decompressed as it streams.
                   Default: the bundled sample data/hf-trending-long-context.txt
  --dry-run        print what would be created and replaced, write nothing
  --batch-size N   papers per transaction (default ${DEFAULT_BATCH_SIZE})
  -h, --help       show this help

Neo4j: NEO4J_URI (default bolt://localhost:7687; neo4j:// and neo4j+s:// routing URIs work),
NEO4J_USER (neo4j), NEO4J_PASSWORD (papergraph), NEO4J_DATABASE (server default).
If Neo4j goes away mid-load, the batch being written is retried up to ${DEFAULT_RETRIES} times
(waiting ${RETRY_WAITS}), every retry reported on stderr as it happens;
batches already written are kept, and a load cut off can simply be run again.
Progress and problems go to stderr, the summary to stdout.
Exit status: 0 loaded, 1 some input was skipped, 2 usage error, 3 Neo4j unavailable.

Examples:
  papergraph load data/hf-trending-long-context.txt
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=... papergraph load papers.jsonl --dry-run`;

interface Options {
  files: string[];
  dryRun: boolean;
  batchSize: number;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandArgs('load', argv, { 'dry-run': { type: 'boolean' }, 'batch-size': { type: 'string' } });
  const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`load: --batch-size takes a whole number of papers, 1 or more (got "${values['batch-size']}")`);
  return { files: inputFiles(positionals), dryRun: values['dry-run'] ?? false, batchSize };
}

function summary(report: LoadReport): string {
  const { papers, counters } = report;
  const rows: [string, number][] = [
    ['papers read', papers.read],
    [report.dryRun ? '  would create' : '  created', papers.created],
    [report.dryRun ? '  would update' : '  updated', papers.updated],
    ['  unchanged', papers.unchanged],
  ];
  if (report.dryRun) {
    rows.push(['entities to create', report.wouldCreate!.entities], ['links to write', report.wouldCreate!.links], ['results to write', report.wouldCreate!.results]);
    rows.push(['links to replace', report.wouldReplace!.links], ['results to replace', report.wouldReplace!.results]);
  } else {
    rows.push(
      ['nodes created', counters.nodesCreated],
      ['nodes deleted', counters.nodesDeleted],
      ['relationships created', counters.relationshipsCreated],
      ['relationships deleted', counters.relationshipsDeleted],
      ['properties set', counters.propertiesSet],
    );
  }
  return rows.map(([label, n]) => label.padEnd(24) + String(n).padStart(9)).join('\n') + (report.dryRun ? '\n(dry run: nothing was written)' : '');
}

async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const config = neo4jConfigFromEnv();
  const input = new PaperInput(options.files);
  const progress = new Progress(options.dryRun ? 'load (dry run)' : 'load', undefined, 'papers');
  const retries = retryReporter('load', (line) => progress.note(line));
  let failed = 0;
  async function* extracted(): AsyncGenerator<ExtractedPaper> {
    for await (const { paper, outcome } of extractAll(input.papers())) {
      if ('error' in outcome) {
        failed++;
        reportExtractionFailure(paper, outcome.error);
      } else yield { paper, extraction: outcome.extraction };
    }
  }
  try {
    const report = await loadPapers(config, extracted(), {
      extractor: EXTRACTOR_VERSION,
      batchSize: options.batchSize,
      dryRun: options.dryRun,
      onBatch: (papers) => progress.tick(papers),
      onRetry: retries.onRetry,
    });
    progress.finish();
    input.finish();
    if (report.papers.read === 0) {
      noPapersRead('load', options.files);
      return 1;
    }
    console.log(summary(report));
    // One line for the whole load: each retry was reported as it happened.
    const closing = retries.summary(report);
    if (closing) process.stderr.write(`${closing}\n`);
    return input.incomplete || failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof Neo4jConnectionError) {
      process.stderr.write(`papergraph: load: ${error.message}\n`);
      return 3;
    }
    if (isConnectionError(error)) {
      process.stderr.write(`papergraph: load: lost the connection to Neo4j at ${config.uri} and could not get it back (${(error as Error).message}). ` +
        'Every committed batch is kept; run the same command again to finish the load.\n');
      return 3;
    }
    throw error;
  } finally {
    await closeDrivers();
  }
}


export const load: Command = { help: HELP, run };
