#!/usr/bin/env node
// npm run eval:public -- /path/to/scierc-test.json
//
// What it measures: papergraph's extractor, unchanged, on an independent public annotation set of
// scientific entities, beside a published trained model, both scored by the same
// ../shared/eval/score.mjs --merge-data that `npm run eval` uses (issue 3: "at or above the
// published trained models, under the same scorer").
//
// Data (not in this repo; its licence is not ours to redistribute): the SciERC test split, 100 AI
// abstracts (Luan et al., 2018), in the dygiepp/PURE JSON-lines format: `doc_key`, `sentences`
// (token lists, PTB-escaped), `ner` (per sentence, [start, end, type] over document-level token
// indices, end inclusive) and `predicted_ner`, the entities predicted by PURE's SciBERT entity model
// (Zhong & Chen, 2021). One public copy: GitHub BAE-HYUNWOO/scierc-pure-project,
// models/fine_tuned/entity/ent_pred_test.json (262,816 bytes). Any file of that format works; without
// `predicted_ner` only papergraph is scored.
//
// How each document becomes a paper: the abstract is the sentences detokenised (-LRB- -RRB- -LSB-
// -RSB- -LCB- -RCB- back to brackets, `` and '' to ", no space before closing punctuation and
// clitics or after opening brackets), sentences joined by one space. The title is empty: SciERC has
// no titles, and making the first sentence a title would fire title-only rules (a name before a
// colon is introduced) on a sentence that is not one; the scorer pairs papers by title, so both
// files carry the doc_key there instead. SciERC's six types map to ours as
//   Method -> Technique, Task -> Task, Metric -> Metric, Material -> Dataset (scored with Benchmark),
//   Generic ("this approach", "it") and OtherScientificTerm dropped: our ontology has neither;
// papergraph's Model is scored as Technique (SciERC calls models methods), Benchmark and Dataset as
// Dataset. Spans of one document with the same mapped type and the same lower-cased text are one
// entity (all of them its mentions); coreference clusters are not used. PURE's predictions are
// converted exactly like the gold. Roles and results are not annotated in SciERC: every entity gets
// role 'mentions' and no results, so score.mjs's introduces and results rows are empty (0/0/0).
//
// Limits: SciERC annotates generic noun phrases of 1980s-2010s NLP, vision, speech and ML abstracts
// ("morphological analysis", "a set of rules", "the robust PCA problem"), which papergraph's
// ontology (named models, benchmarks, data sets and the techniques, tasks and metrics of current ML
// papers) does not target; the comparison says how far papergraph's entities are SciERC's, not how
// good either is at its own job. PURE was trained on SciERC's training split, papergraph was not.
// score.mjs matches loosely (alphanumerics only, a final s optional, any shared surface form), so
// its figures are not SciERC's strict span F1, which is printed separately for PURE as a check
// that the file is what it claims. Pass --misses to list the gold entities papergraph misses.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const artifacts = join(root, 'test', 'artifacts');

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { misses: { type: 'boolean' } } });
if (positionals.length !== 1) {
  console.error('usage: npm run eval:public -- /path/to/scierc-test.json [--misses]');
  process.exit(2);
}
const dataPath = resolve(positionals[0]);
const { extractPaper, EXTRACTOR_VERSION } = await import(join(root, 'dist/src/extraction/extract.js'));
const { entityKey } = await import(join(root, 'dist/src/extraction/normalise.js'));

const SCIERC_TO_OURS = { Method: 'Technique', Task: 'Task', Metric: 'Metric', Material: 'Dataset' };
const OURS_TO_SCIERC_CLASS = { Model: 'Technique', Benchmark: 'Dataset', Dataset: 'Dataset' };

// --- detokenising -------------------------------------------------------------------------------
const PTB = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"' };
const CLOSERS = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const OPENERS = new Set(['(', '[', '{']);

/** PTB tokens back to text: brackets and quotes restored, no space inside brackets and quotes or before punctuation. */
function detokenise(tokens) {
  let text = '';
  let glue = true; // no space before the next token
  let quoteOpen = false;
  for (const raw of tokens) {
    const tok = PTB[raw] ?? raw;
    if (tok === '"') {
      text += quoteOpen || glue ? tok : ` ${tok}`;
      glue = !quoteOpen;
      quoteOpen = !quoteOpen;
      continue;
    }
    text += glue || CLOSERS.has(tok.toLowerCase()) ? tok : ` ${tok}`;
    glue = OPENERS.has(tok);
  }
  return text;
}

// --- SciERC documents to score.mjs papers --------------------------------------------------------
function readDocuments(path) {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      let doc;
      try {
        doc = JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not a JSON line (${error.message}); expected dygiepp/PURE JSON lines`);
      }
      if (!doc?.doc_key || !Array.isArray(doc.sentences) || !Array.isArray(doc.ner)) {
        throw new Error(`${path}:${i + 1}: not a dygiepp/PURE document (doc_key, sentences, ner)`);
      }
      return doc;
    });
  if (new Set(docs.map((d) => d.doc_key)).size !== docs.length) throw new Error(`${path}: doc_key is not unique`);
  return docs;
}

/**
 * The surface forms one span stands for. As written: its text. With `splitAcronyms`, a span that
 * holds a parenthesised definition ("Multi-lingual Evaluation Task (MET)") also stands for its text
 * without the parentheses and for what is inside them, as ANNOTATION.md's mentions are "every
 * surface form ... that refers to it" and an acronym definition makes one entity.
 */
function spanForms(tokens, splitAcronyms) {
  const forms = [detokenise(tokens)];
  const open = tokens.indexOf('-LRB-');
  const close = tokens.indexOf('-RRB-', open);
  if (splitAcronyms && open > 0 && close > open + 1) {
    forms.push(detokenise([...tokens.slice(0, open), ...tokens.slice(close + 1)]), detokenise(tokens.slice(open + 1, close)));
  }
  return forms;
}

/**
 * One document's spans as score.mjs entities; counts every span (kept or dropped) by SciERC type
 * into `tally`. Spans of one mapped type that share a lower-cased surface form are one entity.
 */
function spansToEntities(doc, field, tally, splitAcronyms) {
  const tokens = doc.sentences.flat();
  let entities = [];
  for (const [start, end, type] of doc[field].flat()) {
    tally[type] = (tally[type] ?? 0) + 1;
    const ours = SCIERC_TO_OURS[type];
    if (!ours) continue;
    const forms = spanForms(tokens.slice(start, end + 1), splitAcronyms);
    const lower = new Set(forms.map((f) => f.toLowerCase()));
    const same = entities.filter((e) => e.type === ours && e.mentions.some((m) => lower.has(m.toLowerCase())));
    const entity = same[0] ?? { name: forms[0], type: ours, mentions: [], role: 'mentions' };
    entities = entities.filter((e) => !same.includes(e));
    for (const f of [...same.slice(1).flatMap((e) => e.mentions), ...forms]) {
      if (!entity.mentions.some((m) => m.toLowerCase() === f.toLowerCase())) entity.mentions.push(f);
    }
    entities.push(entity);
  }
  return entities;
}

/** papergraph's extraction in SciERC's classes; entities that land on one class and key are merged. */
function oursInSciercClasses(extraction, merged) {
  const entities = new Map();
  for (const e of extraction.entities) {
    const type = OURS_TO_SCIERC_CLASS[e.type] ?? e.type;
    const id = `${type}\u0000${entityKey(e.name)}`;
    const seen = entities.get(id);
    if (seen) {
      merged.count++;
      for (const m of e.mentions) if (!seen.mentions.includes(m)) seen.mentions.push(m);
      continue;
    }
    entities.set(id, { name: e.name, type, mentions: [...e.mentions], role: 'mentions' });
  }
  return [...entities.values()];
}

/** SciERC's own entity measure: exact span and type over all six types, micro-averaged. */
function strictSpanF1(docs) {
  let tp = 0;
  let gold = 0;
  let pred = 0;
  for (const doc of docs) {
    const g = new Set(doc.ner.flat().map((s) => s.join('|')));
    const p = doc.predicted_ner.flat().map((s) => s.join('|'));
    gold += g.size;
    pred += p.length;
    tp += p.filter((s) => g.has(s)).length;
  }
  const precision = tp / pred;
  const recall = tp / gold;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/**
 * Why each predicted entity that no gold entity of its class shares a form with failed (roughly:
 * score.mjs also pairs one-to-one): its words lie inside or around such a gold span ("NEGRA" and
 * "NEGRA corpus"), its text is gold under another class, or it is not annotated at all.
 */
function whyUnmatched(goldPapers, predPapers) {
  const forms = (e) => [e.name, ...e.mentions].map(entityKey).flatMap((k) => [k, k.replace(/s$/, '')]);
  const words = (m) => ` ${m.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  const why = { boundary: 0, otherClass: 0, notAnnotated: 0 };
  for (const p of predPapers) {
    const g = goldPapers.find((x) => x.title === p.title).entities;
    for (const e of p.entities) {
      const mine = new Set(forms(e));
      const shares = (x) => forms(x).some((f) => mine.has(f));
      if (g.some((x) => x.type === e.type && shares(x))) continue;
      const overlaps = (x) => x.mentions.some((m) => e.mentions.some((n) => words(m).includes(words(n)) || words(n).includes(words(m))));
      if (g.some((x) => x.type === e.type && overlaps(x))) why.boundary++;
      else if (g.some(shares)) why.otherClass++;
      else why.notAnnotated++;
    }
  }
  return why;
}

// --- run -----------------------------------------------------------------------------------------
const docs = readDocuments(dataPath);
const withPure = docs.every((d) => Array.isArray(d.predicted_ner));
const abstractOf = new Map(docs.map((doc) => [doc.doc_key, doc.sentences.map(detokenise).join(' ')]));
const merged = { count: 0 };
const ours = docs.map((doc) => {
  const extraction = extractPaper({ id: doc.doc_key, title: '', abstract: abstractOf.get(doc.doc_key), source: dataPath });
  return { id: doc.doc_key, title: doc.doc_key, entities: oursInSciercClasses(extraction, merged), results: [] };
});

mkdirSync(artifacts, { recursive: true });
const write = (name, papers) => {
  const path = join(artifacts, `public-scierc-${name}.json`);
  writeFileSync(path, JSON.stringify(papers, null, 1));
  return path;
};
const score = (goldPath, predPath, extra = []) =>
  execFileSync(process.execPath, [scorer, goldPath, predPath, '--merge-data', ...extra], { encoding: 'utf8' });
const oursPath = write('ours', ours);

console.log(`SciERC test split from ${basename(dataPath)}: ${docs.length} documents; papergraph ${EXTRACTOR_VERSION}`);
console.log('  SciERC Method->Technique, Task->Task, Metric->Metric, Material->Dataset (scored with Benchmark);');
console.log("  Generic and OtherScientificTerm dropped (not in papergraph's ontology);");
console.log(`  papergraph Model->Technique, Benchmark/Dataset->Dataset (${merged.count} entities merged by that mapping);`);
console.log('  roles and results are not annotated in SciERC: every role is mentions, no results (those rows stay 0/0/0)');

const CONVERSIONS = [
  ['as written', false, 'each span its text ("Multi-lingual Evaluation Task (MET)" is one form)'],
  ['acronyms split', true, 'a span "X (Y)" also stands for "X" and "Y"; entities sharing a form are one'],
];
const ROWS = [
  ['Technique (Method)', (r) => r.byType.Technique],
  ['Task', (r) => r.byType.Task],
  ['Metric', (r) => r.byType.Metric],
  ['Dataset (Material)', (r) => r.byType.Benchmark],
  ['typed', (r) => r.typed],
  ['untyped', (r) => r.untyped],
];
const cell = (s) => `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}`.padEnd(22);
let firstMisses = [];
for (const [label, split, how] of CONVERSIONS) {
  const goldSpans = {};
  const pureSpans = {};
  const gold = docs.map((doc) => ({
    id: doc.doc_key,
    title: doc.doc_key,
    abstract: abstractOf.get(doc.doc_key),
    entities: spansToEntities(doc, 'ner', goldSpans, split),
    results: [],
  }));
  const suffix = split ? '-acronyms' : '';
  const goldPath = write(`gold${suffix}`, gold);
  const runs = [['papergraph', ours, oursPath]];
  if (withPure) {
    const pure = docs.map((doc) => ({ id: doc.doc_key, title: doc.doc_key, entities: spansToEntities(doc, 'predicted_ner', pureSpans, split), results: [] }));
    runs.push(['PURE (SciBERT)', pure, write(`pure${suffix}`, pure)]);
  }
  const goldEntities = {};
  for (const p of gold) for (const e of p.entities) goldEntities[e.type] = (goldEntities[e.type] ?? 0) + 1;
  console.log(`\n######## gold ${label}: ${how}`);
  console.log(`gold spans by SciERC type ${JSON.stringify(goldSpans)}; gold entities ${JSON.stringify(goldEntities)}`);
  const reports = runs.map(([name, papers, predPath]) => {
    console.log(`== ${name}: score.mjs ${basename(goldPath)} ${basename(predPath)} --merge-data`);
    console.log(score(goldPath, predPath).trimEnd());
    const why = whyUnmatched(gold, papers);
    console.log(`   unmatched predictions (approx.): ${why.boundary} differ from a gold span of their class only in extent, ` +
      `${why.otherClass} are gold under another class, ${why.notAnnotated} are not annotated`);
    return [name, JSON.parse(score(goldPath, predPath, ['--json']))];
  });
  console.log(`== side by side, gold ${label} (P R F1)\n${''.padEnd(20)}${reports.map(([n]) => n.padEnd(22)).join('')}`);
  for (const [row, pick] of ROWS) console.log(`${row.padEnd(20)}${reports.map(([, r]) => cell(pick(r))).join('')}`);
  if (!split) firstMisses = reports[0][1].misses;
}

if (withPure) {
  const strict = strictSpanF1(docs);
  console.log(
    `\ncheck: PURE's strict span+type F1 over all six SciERC types (SciERC's own measure): ` +
      `P ${strict.precision.toFixed(3)} R ${strict.recall.toFixed(3)} F1 ${strict.f1.toFixed(3)}`,
  );
}
if (options.misses) for (const m of firstMisses) console.log(m);
