#!/usr/bin/env node
// npm run eval:heldout: the extractor on papers it was not tuned on. test/fixtures/extraction/heldout-gold.json
// holds 29 well-known abstracts from across ML (paraphrased, none about long context), annotated by hand
// per ../shared/eval/ANNOTATION.md; it is both the input and the gold, scored by the same score.mjs as
// `npm run eval`. Pass --misses to list the gold entities not found.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const goldPath = join(root, 'test', 'fixtures', 'extraction', 'heldout-gold.json');
const predPath = join(root, 'test', 'artifacts', 'heldout-pred.json');

const { extractPaper, EXTRACTOR_VERSION } = await import(join(root, 'dist/src/extraction/extract.js'));
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const predictions = gold.map((g) => extractPaper({ id: g.id, title: g.title, abstract: g.abstract, source: goldPath }));
mkdirSync(dirname(predPath), { recursive: true });
writeFileSync(predPath, JSON.stringify(predictions, null, 1));
console.log(`${EXTRACTOR_VERSION}: ${predictions.length} held-out papers extracted -> ${predPath}`);

const score = (extra) => execFileSync(process.execPath, [scorer, goldPath, predPath, '--merge-data', ...extra], { encoding: 'utf8' });
console.log(score([]));
if (process.argv.includes('--misses')) for (const m of JSON.parse(score(['--json'])).misses) console.log(m);
