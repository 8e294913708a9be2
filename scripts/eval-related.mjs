#!/usr/bin/env node
// Measures related-paper rankings on the sample corpus against the expert judgments:
//
//   npm run eval:related                 # papergraph's ranking beside a plain TF-IDF baseline,
//                                        # and a cross-validation of the weight choice
//   node scripts/eval-related.mjs --grid # also the grid of weights on all judged papers
//
// Runs the `related --all` logic from dist/, writes predictions to test/artifacts/, and scores
// them with ../shared/eval/score-related.mjs (nDCG@10, precision@5). The judgments are only ever
// passed to that scorer: nothing here reads them.
//
// Cross-validation: the papers are split into two halves; the weights are chosen on one half
// (best nDCG@10 + P@5 over a grid) and scored on the other, both ways, over several splits. A
// half is scored by giving the scorer predictions for that half only: it reports the mean over
// all judged papers, counting the others as missing, so the half's mean is that figure times
// papers / (papers - missing) (the scorer rounds to 0.001, so half figures are within 0.001).
// Last, each half is taken as a corpus of its own, to see the method hold on other corpora.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relatedForAll } from '../dist/src/cli/commands/related.js';
import { extractFiles } from '../dist/src/cli/extracted.js';
import { DEFAULT_WEIGHTS, RelatedIndex } from '../dist/src/related/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const corpus = join(root, 'data/hf-trending-long-context.txt');
const artifacts = join(root, 'test/artifacts');
const TOP = 10;

/** Runs the shared scorer on a prediction array; returns {ndcg, p5}. */
function score(name, predictions) {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `related-${name}.json`);
  writeFileSync(file, JSON.stringify(predictions, null, 1));
  const out = execFileSync(process.execPath, [join(evalDir, 'score-related.mjs'), join(evalDir, 'related-seed.json'), join(evalDir, 'seed-gold.json'), file, '--json'], { encoding: 'utf8' });
  const report = JSON.parse(out);
  return { ndcg: report['ndcg@10'], p5: report['precision@5'], papers: report.papers, missing: report.missing, file };
}

/** Scores predictions for some of the judged papers, as means over those papers. */
function scorePartial(predictions) {
  const r = score('part', predictions);
  if (r.papers === r.missing) throw new Error('scorePartial: none of the judged papers is in this part');
  const scale = r.papers / (r.papers - r.missing);
  return { ndcg: r.ndcg * scale, p5: r.p5 * scale };
}

/** Scores the predictions of a subset of the papers (indexes), as means over that subset. */
const scoreSubset = (predictions, subset) => scorePartial(predictions.filter((_, i) => subset.has(i)));

/** Two halves of 0..n-1: the first split alternates corpus order, the others are seeded shuffles. */
function splits(n, count) {
  let seed = 20261128;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, s) => {
    const order = [...Array(n).keys()];
    if (s > 0) for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const a = new Set(order.filter((_, i) => i % 2 === 0));
    return [a, new Set(order.filter((i) => !a.has(i)))];
  });
}

/**
 * The baseline the issue quotes: cosine of plain TF-IDF vectors (lower-cased word tokens, raw
 * term frequency, ln(N/df) IDF) over title + abstract. No stop words, stemming or bigrams.
 */
function tfidfBaseline(papers) {
  const tokens = (p) => `${p.title} ${p.abstract}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const tf = papers.map(({ paper }) => {
    const counts = new Map();
    for (const t of tokens(paper)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  const df = new Map();
  for (const counts of tf) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = tf.map((counts) => {
    const v = new Map([...counts].map(([t, c]) => [t, c * Math.log(papers.length / df.get(t))]));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [t, x] of v) v.set(t, x / norm);
    return v;
  });
  const cosine = (a, b) => [...a].reduce((s, [t, x]) => s + x * (b.get(t) ?? 0), 0);
  return papers.map(({ paper }, i) => ({
    title: paper.title,
    related: papers
      .map((other, j) => ({ title: other.paper.title, score: cosine(vectors[i], vectors[j]), j }))
      .filter((r) => r.j !== i)
      .sort((a, b) => b.score - a.score)
      .slice(0, TOP)
      .map(({ title, score: s }) => ({ title, score: s })),
  }));
}

const fmt = (r) => `nDCG@10 ${r.ndcg.toFixed(3)}  precision@5 ${r.p5.toFixed(3)}`;

process.env.PAPERGRAPH_QUIET ??= '1';
const { papers } = await extractFiles([corpus]);
const ours = score('papergraph', relatedForAll(papers, RelatedIndex.build(papers), TOP));
const baseline = score('tfidf-baseline', tfidfBaseline(papers));
console.log(`papers ${papers.length}, judged papers without a prediction ${ours.missing}`);
console.log(`papergraph related  ${fmt(ours)}   weights ${JSON.stringify(DEFAULT_WEIGHTS)}`);
console.log(`TF-IDF baseline     ${fmt(baseline)}   (issue quotes nDCG@10 0.675, precision@5 0.506)`);
console.log(`predictions: ${ours.file}`);

// The grid: text fixed at 1 (only ratios matter); each point's predictions for every paper are
// computed once and scored on whichever papers a fold needs.
const grid = [];
for (const topics of [0.5, 1, 2]) {
  for (const entities of [0.1, 0.25, 0.5]) {
    for (const graph of [0, 0.05, 0.1]) {
      const weights = { text: 1, topics, entities, graph };
      grid.push({ weights, predictions: relatedForAll(papers, RelatedIndex.build(papers, weights), TOP) });
    }
  }
}
const same = (a, b) => Object.keys(a).every((k) => a[k] === b[k]);
if (!grid.some((g) => same(g.weights, DEFAULT_WEIGHTS))) throw new Error('the default weights must be a point of the grid');
const label = (w) => `topics ${w.topics} entities ${w.entities} graph ${w.graph}`;

if (process.argv.includes('--grid')) {
  console.log('\nweights grid (text 1), all judged papers:');
  for (const g of grid) console.log(`  ${label(g.weights).padEnd(36)} ${fmt(score('grid', g.predictions))}`);
}

const SPLITS = 4;
const all = new Set(papers.keys());
const folds = [];
for (const [a, b] of splits(papers.length, SPLITS)) {
  for (const [train, test] of [[a, b], [b, a]]) {
    const onTrain = grid.map((g) => scoreSubset(g.predictions, train));
    const best = onTrain.reduce((bi, r, i) => (r.ndcg + r.p5 > onTrain[bi].ndcg + onTrain[bi].p5 ? i : bi), 0);
    folds.push({ chosen: grid[best].weights, train: onTrain[best], test: scoreSubset(grid[best].predictions, test) });
  }
}
const mean = (xs, f) => xs.reduce((s, x) => s + f(x), 0) / xs.length;
console.log(`\ncross-validation: ${SPLITS} splits of the ${all.size} papers into halves, ${folds.length} folds; weights chosen on one half (of ${grid.length} grid points), scored on the other`);
for (const f of folds) console.log(`  chosen ${label(f.chosen).padEnd(36)} chosen-on half ${fmt(f.train)}   held-out half ${fmt(f.test)}`);
console.log(`  mean held-out       nDCG@10 ${mean(folds, (f) => f.test.ndcg).toFixed(3)}  precision@5 ${mean(folds, (f) => f.test.p5).toFixed(3)}`);
console.log(`  mean on chosen-on   nDCG@10 ${mean(folds, (f) => f.train.ndcg).toFixed(3)}  precision@5 ${mean(folds, (f) => f.train.p5).toFixed(3)}`);

// Other corpora: the same method on each half of the sample taken as a corpus of its own (its own
// IDF, topics and 2√n rank), against the TF-IDF baseline on the same half. The judgments still
// name papers of the other half, which no ranking can reach, so both figures are lower than on
// the whole sample; the comparison is what counts.
const halves = splits(papers.length, SPLITS).flat();
const onHalves = halves.map((half) => {
  const sub = papers.filter((_, i) => half.has(i));
  return { ours: scorePartial(relatedForAll(sub, RelatedIndex.build(sub), TOP)), baseline: scorePartial(tfidfBaseline(sub)) };
});
const wins = onHalves.filter((h) => h.ours.ndcg > h.baseline.ndcg).length;
console.log(`\neach half of the sample as a corpus of its own (${halves.length} halves of ${Math.floor(papers.length / 2)} papers):`);
console.log(`  papergraph related  nDCG@10 ${mean(onHalves, (h) => h.ours.ndcg).toFixed(3)}  precision@5 ${mean(onHalves, (h) => h.ours.p5).toFixed(3)}`);
console.log(`  TF-IDF baseline     nDCG@10 ${mean(onHalves, (h) => h.baseline.ndcg).toFixed(3)}  precision@5 ${mean(onHalves, (h) => h.baseline.p5).toFixed(3)}   (papergraph ahead on ${wins} of ${halves.length})`);
