#!/usr/bin/env node
// Measures related-paper rankings on the sample corpus against the expert judgments:
//
//   npm run eval:related                 # papergraph's ranking beside a plain TF-IDF baseline
//   node scripts/eval-related.mjs --grid # also a small grid over the combination weights
//
// Runs the `related --all` logic from dist/, writes predictions to test/artifacts/, and scores
// them with ../shared/eval/score-related.mjs (nDCG@10, precision@5). The judgments are only ever
// passed to that scorer: nothing here reads them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtracted, relatedForAll } from '../dist/src/cli/commands/related.js';
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
  return { ndcg: report['ndcg@10'], p5: report['precision@5'], missing: report.missing, file };
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
const { papers } = await loadExtracted([corpus]);
const ours = score('papergraph', relatedForAll(papers, RelatedIndex.build(papers), TOP));
const baseline = score('tfidf-baseline', tfidfBaseline(papers));
console.log(`papers ${papers.length}, judged papers without a prediction ${ours.missing}`);
console.log(`papergraph related  ${fmt(ours)}   weights ${JSON.stringify(DEFAULT_WEIGHTS)}`);
console.log(`TF-IDF baseline     ${fmt(baseline)}   (issue quotes nDCG@10 0.675, precision@5 0.506)`);
console.log(`predictions: ${ours.file}`);

if (process.argv.includes('--grid')) {
  // A coarse grid over the three other weights (text fixed at 1: only ratios matter). Every figure
  // is a mean over all judged papers; pick a plateau, not a peak.
  console.log('\nweights grid (text = 1):\n topics  entities  graph   nDCG@10  P@5');
  for (const topics of [0, 0.1, 0.2, 0.3]) {
    for (const entities of [0, 0.1, 0.25, 0.5]) {
      for (const graph of [0, 0.1]) {
        const r = score('grid', relatedForAll(papers, RelatedIndex.build(papers, { text: 1, topics, entities, graph }), TOP));
        console.log(` ${topics.toFixed(2).padStart(6)}  ${entities.toFixed(2).padStart(8)}  ${graph.toFixed(2).padStart(5)}   ${r.ndcg.toFixed(3)}    ${r.p5.toFixed(3)}`);
      }
    }
  }
}
