#!/usr/bin/env node
// npm run eval: extracts the sample corpus with the built extractor, scores it against the shared
// gold annotations (../shared/eval) and compares the figures with the targets of issue 3.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared', 'eval');
const corpus = join(root, 'data', 'hf-trending-long-context.txt');
const predPath = join(root, 'test', 'artifacts', 'eval-pred.json');
const showMisses = process.argv.includes('--misses');

const { readPapers } = await import(join(root, 'dist/src/reading/read.js'));
const { extractPaper, EXTRACTOR_VERSION } = await import(join(root, 'dist/src/extraction/extract.js'));

const problems = [];
const predictions = [];
for await (const paper of readPapers([corpus], (p) => problems.push(p))) predictions.push(extractPaper(paper));
for (const p of problems.filter((x) => x.severity !== 'note')) console.error(`${p.file}:${p.line ?? '?'} ${p.message}`);

mkdirSync(dirname(predPath), { recursive: true });
writeFileSync(predPath, JSON.stringify(predictions, null, 1));
console.log(`${EXTRACTOR_VERSION}: ${predictions.length} papers extracted -> ${predPath}`);

const score = (extra) =>
  execFileSync(process.execPath, [join(shared, 'score.mjs'), join(shared, 'seed-gold.json'), predPath, '--merge-data', ...extra], { encoding: 'utf8' });
console.log(score([]));
const report = JSON.parse(score(['--json']));

const TARGETS = [
  ['typed', report.typed, 0.85],
  ['Model', report.byType.Model, 0.92],
  ['Benchmark+Dataset', report.byType.Benchmark, 0.92],
  ['Metric', report.byType.Metric, 0.9],
  ['Technique', report.byType.Technique, 0.75],
  ['Task', report.byType.Task, 0.7],
  ['introduces', report.introduces, 0.85],
  ['results', report.results, 0.7],
];
console.log('target check (F1):');
for (const [name, s, target] of TARGETS) {
  console.log(`  ${name.padEnd(18)} ${s.f1.toFixed(3)} ${s.f1 >= target ? '>=' : '< '} ${target.toFixed(2)} ${s.f1 >= target ? 'ok' : 'BELOW'}`);
}
if (showMisses) for (const m of report.misses) console.log(m);
