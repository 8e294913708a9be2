#!/usr/bin/env node
// npm run eval:agreement: how far the held-out annotations (written by this project's engineers) are from
// the official gold's conventions. One engineer annotated 14 sample papers blind, per ANNOTATION.md,
// without seeing ../shared/eval/seed-gold.json (test/fixtures/extraction/calibration-sample-helper.json,
// every fifth sample paper from the third). This scores, on those 14 papers and with the same score.mjs:
//   1. that annotation against the official gold (annotator agreement);
//   2. the extractor against the official gold;
//   3. the extractor against that annotation.
// The gap between 2 and 3 is how much an extractor score against our annotators understates a gold-style
// score, which is how the held-out figures of `npm run eval:heldout` should be read. The extractor never
// reads this file; it is a yardstick for our yardsticks.
//
// The extractor was fitted to the official gold on those very papers, so that gap can overstate. Part two
// measures the other way round, on papers the extractor was not fitted to: nine held-out sets (EH–EP) were
// annotated a second time, blind to the first annotation and to the extractor, by annotators who first
// studied the official gold beside the sample's text and wrote down its conventions
// (test/fixtures/extraction/goldstyle-*-gold.json). It prints, per set and pooled, the extractor against the
// first annotation and against the gold-style one, and how far the two annotations agree. Part three checks
// whether studying the gold makes an annotator more like it: two more annotators studied the official gold
// of the other 54 sample papers only and annotated the same 14 papers blind
// (test/fixtures/extraction/calibration-sample-goldstyle-{1,2}.json).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared', 'eval');
const artifacts = join(root, 'test', 'artifacts');
const { extractPaper, EXTRACTOR_VERSION } = await import(join(root, 'dist/src/extraction/extract.js'));
const { entityKey } = await import(join(root, 'dist/src/extraction/normalise.js'));

const fixtures = join(root, 'test', 'fixtures', 'extraction');
const helper = JSON.parse(readFileSync(join(fixtures, 'calibration-sample-helper.json'), 'utf8'));
const titles = new Set(helper.map((p) => entityKey(p.title)));
const official = JSON.parse(readFileSync(join(shared, 'seed-gold.json'), 'utf8')).filter((g) => titles.has(entityKey(g.title)));
mkdirSync(artifacts, { recursive: true });
const officialPath = join(artifacts, 'agreement-official.json');
const predPath = join(artifacts, 'agreement-pred.json');
const helperPath = join(fixtures, 'calibration-sample-helper.json');
writeFileSync(officialPath, JSON.stringify(official));
writeFileSync(predPath, JSON.stringify(helper.map((p) => extractPaper({ id: p.id, title: p.title, abstract: p.abstract, source: helperPath }))));

const score = (gold, pred) => JSON.parse(execFileSync(process.execPath, [join(shared, 'score.mjs'), gold, pred, '--merge-data', '--json'], { encoding: 'utf8' }));
const row = (label, r) => `${label.padEnd(40)} typed P ${r.typed.precision.toFixed(3)} R ${r.typed.recall.toFixed(3)} F1 ${r.typed.f1.toFixed(3)}   introduces ${r.introduces.f1.toFixed(3)}   results ${r.results.f1.toFixed(3)}`;
console.log(`${official.length} sample papers, ${EXTRACTOR_VERSION}`);
console.log(row('our annotator vs official gold', score(officialPath, helperPath)));
const vsOfficial = score(officialPath, predPath);
const vsHelper = score(helperPath, predPath);
console.log(row('extractor vs official gold', vsOfficial));
console.log(row('extractor vs our annotator', vsHelper));
console.log(`an extractor score against our annotators reads ${(vsOfficial.typed.f1 - vsHelper.typed.f1).toFixed(3)} typed F1 lower than against the gold on these papers`);
// Part three, beside part one (the same 14 papers): annotators who studied the gold of the other 54.
for (const k of [1, 2]) {
  const goldStyle = join(fixtures, `calibration-sample-goldstyle-${k}.json`);
  console.log(row(`gold-style annotator ${k} vs official gold`, score(officialPath, goldStyle)));
  console.log(row(`extractor vs gold-style annotator ${k}`, score(goldStyle, predPath)));
}

// Part two: gold-style re-annotations of held-out sets.
const GOLD_STYLE_SETS = ['eh', 'ei', 'ej', 'ek', 'el', 'em', 'en', 'eo', 'ep'];
const pooled = { first: { tp: 0, fp: 0, fn: 0 }, goldStyle: { tp: 0, fp: 0, fn: 0 } };
const f1 = ({ tp, fp, fn }) => (2 * tp) / (2 * tp + fp + fn);
console.log(`\ngold-style re-annotations of ${GOLD_STYLE_SETS.length} held-out sets (typed F1: extractor vs first annotation / vs gold-style; the two annotations' agreement)`);
for (const set of GOLD_STYLE_SETS) {
  const first = join(fixtures, `heldout-final-${set}-gold.json`);
  const goldStyle = join(fixtures, `goldstyle-${set}-gold.json`);
  const papers = JSON.parse(readFileSync(first, 'utf8'));
  const pred = join(artifacts, `goldstyle-${set}-pred.json`);
  writeFileSync(pred, JSON.stringify(papers.map((p) => extractPaper({ id: p.id, title: p.title, abstract: p.abstract, source: first }))));
  const vsFirst = score(first, pred);
  const vsGoldStyle = score(goldStyle, pred);
  for (const [k, r] of [['first', vsFirst], ['goldStyle', vsGoldStyle]]) for (const x of ['tp', 'fp', 'fn']) pooled[k][x] += r.typed[x];
  console.log(`  ${set}  ${vsFirst.typed.f1.toFixed(3)} / ${vsGoldStyle.typed.f1.toFixed(3)}   annotations agree ${score(first, goldStyle).typed.f1.toFixed(3)}`);
}
console.log(`  pooled typed F1: extractor vs first annotation ${f1(pooled.first).toFixed(3)}, vs gold-style ${f1(pooled.goldStyle).toFixed(3)} (${(f1(pooled.goldStyle) - f1(pooled.first)).toFixed(3)})`);
