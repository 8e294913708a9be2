import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityKey } from '../../src/extraction/normalise.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { closeDrivers, getDriver, sessionConfig } from '../../src/store/driver.js';
import { loadPapers } from '../../src/store/load.js';
import { toPlain } from '../../src/store/plain.js';
import { bindParameters, listSavedQueries, loadSavedQuery, parseSavedQuery, SavedQueryError } from '../../src/store/saved-queries.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { corpusA, corpusB, mixedUnits } from './fixtures.js';
import { clearDatabase } from './graph-state.js';
import { extractedSample } from './sample.js';

const config = testNeo4jConfig();
type Row = Record<string, unknown>;

/** Runs a saved query the way the query command does: bound parameters, integers as Cypher integers, a READ transaction. */
async function runSaved(name: string, given: Record<string, string> = {}): Promise<Row[]> {
  const query = loadSavedQuery(name);
  const bound = bindParameters(query, given);
  const params = Object.fromEntries(query.parameters.map((p) => [p.name, p.type === 'integer' && bound[p.name] !== null ? neo4j.int(bound[p.name] as number) : bound[p.name]]));
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, params));
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  } finally {
    await session.close();
  }
}

describe('saved query headers', () => {
  const text = [
    '// Question: Which papers name X?',
    '// Parameter: name (string, required) - the entity',
    '// Parameter: limit (integer, default 5) - rows',
    '// Parameter: since (date, default null) - optional start',
    '// Example: papergraph query --saved x --param name=Y',
    'MATCH (p:Paper) WHERE p.title CONTAINS $name AND ($since IS NULL OR p.published >= date($since)) RETURN p LIMIT $limit',
  ].join('\n');

  it('reads question, typed parameters with defaults, example and the statement', () => {
    const query = parseSavedQuery('x', text);
    expect(query.question).toBe('Which papers name X?');
    expect(query.example).toBe('papergraph query --saved x --param name=Y');
    expect(query.parameters).toEqual([
      { name: 'name', type: 'string', required: true, default: null, description: 'the entity' },
      { name: 'limit', type: 'integer', required: false, default: 5, description: 'rows' },
      { name: 'since', type: 'date', required: false, default: null, description: 'optional start' },
    ]);
    expect(query.cypher.startsWith('MATCH (p:Paper)')).toBe(true);
  });

  it('binds --param strings by type, fills defaults, and refuses missing, unknown or mistyped values', () => {
    const query = parseSavedQuery('x', text);
    expect(bindParameters(query, { name: 'Y', limit: '3' })).toEqual({ name: 'Y', limit: 3, since: null });
    expect(() => bindParameters(query, {})).toThrow(/missing parameter "name".*Example: papergraph query --saved x/);
    expect(() => bindParameters(query, { name: 'Y', colour: 'red' })).toThrow(/unknown parameter "colour"/);
    expect(() => bindParameters(query, { name: 'Y', limit: '3.5' })).toThrow(SavedQueryError);
    expect(() => bindParameters(query, { name: 'Y', since: 'yesterday' })).toThrow(/YYYY-MM-DD/);
  });

  it('rejects a header that does not match the statement', () => {
    expect(() => parseSavedQuery('y', text.replace('// Parameter: limit (integer, default 5) - rows\n', ''))).toThrow(/\$limit is used but not declared/);
    expect(() => parseSavedQuery('y', text.replace('// Question: Which papers name X?\n', ''))).toThrow(/no "\/\/ Question:"/);
  });

  it('every file in cypher/queries has a complete header and a single read-only statement', async () => {
    const all = listSavedQueries();
    expect(all.map((q) => q.name)).toEqual(
      expect.arrayContaining(['papers-evaluating-benchmark', 'benchmark-leaderboard', 'most-evaluated-models', 'co-occurring-techniques', 'introduced-and-reused', 'related-papers', 'shortest-path', 'recently-introduced']),
    );
    const session = getDriver(config).session(sessionConfig(config, 'READ'));
    try {
      for (const query of all) {
        expect(query.example).toContain(`--saved ${query.name}`);
        const explained = await session.run(`EXPLAIN ${query.cypher}`, Object.fromEntries(query.parameters.map((p) => [p.name, null])));
        expect(explained.summary.queryType, query.name).toBe('r');
      }
    } finally {
      await session.close();
    }
  });
});

describe('saved queries on the sample corpus (plus three dated fixture papers)', () => {
  let corpus: ExtractedPaper[];
  beforeAll(async () => {
    corpus = [...(await extractedSample()), ...corpusA(), ...corpusB(), mixedUnits()];
    await clearDatabase(config);
    await loadPapers(config, corpus, { extractor: 'test' });
  });
  afterAll(async () => {
    await closeDrivers();
  });

  /** Papers per entity key and role, computed from the extractions, independently of Cypher. */
  const papersNaming = (type: string, key: string, roles?: string[]) =>
    new Set(corpus.filter((p) => p.extraction.entities.some((e) => e.type === type && e.key === key && (!roles || roles.includes(e.role)))).map((p) => p.paper.id));

  it('papers-evaluating-benchmark finds every paper evaluating the most evaluated benchmark, however its name is written', async () => {
    const counts = new Map<string, { name: string; papers: Set<string> }>();
    for (const p of corpus) for (const e of p.extraction.entities) if (e.type === 'Benchmark' && e.role === 'evaluates') {
      const entry = counts.get(e.key) ?? { name: e.name, papers: new Set() };
      entry.papers.add(p.paper.id);
      counts.set(e.key, entry);
    }
    const [top] = [...counts.values()].sort((a, b) => b.papers.size - a.papers.size);
    expect(top!.papers.size).toBeGreaterThan(1);
    const rows = await runSaved('papers-evaluating-benchmark', { benchmark: ` ${top!.name.toUpperCase()} `, limit: '100' });
    const expected = new Set([...papersNaming('Benchmark', entityKey(top!.name), ['evaluates', 'introduces']), ...papersNaming('Dataset', entityKey(top!.name), ['evaluates', 'introduces'])]);
    expect(new Set(rows.map((r) => r.paper))).toEqual(expected);
    for (const row of rows) expect(typeof row.evidence).toBe('string');
  });

  it('answers every saved query\'s own example with rows, so the examples `query --list` shows work (recently-introduced on the three dated papers)', async () => {
    for (const query of listSavedQueries()) {
      const given = Object.fromEntries([...query.example.matchAll(/--param (\w+)=(?:"([^"]*)"|(\S+))/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
      expect((await runSaved(query.name, given)).length, query.example).toBeGreaterThan(0);
    }
  });

  it('benchmark-leaderboard ranks the results reported on a benchmark, filtered by metric', async () => {
    const rows = await runSaved('benchmark-leaderboard', { benchmark: 'ringbench', metric: 'Accuracy' });
    expect(rows.map((r) => [r.subject, r.value, r.unit, r.paper])).toEqual([
      ['Lumo-13B', 70.2, '%', '2402.00002'],
      ['Qwix-7B', 61.5, '%', '2401.00001'],
    ]);
    expect(await runSaved('benchmark-leaderboard', { benchmark: 'RingBench', metric: 'BLEU' })).toEqual([]);
  });

  it('benchmark-leaderboard lists only scores, as the explorer does: no factor and no margin', async () => {
    const rows = await runSaved('benchmark-leaderboard', { benchmark: 'DialBench' });
    expect(rows.map((r) => [r.value, r.unit])).toEqual([
      [4, '%'],
      [2, '%'],
    ]);
  });

  it('takes an alias wherever it takes a name, as co-occurring-techniques does ("NIAH", "RoPE", "F1")', async () => {
    const evaluating = await runSaved('papers-evaluating-benchmark', { benchmark: 'niah', limit: '100' });
    expect(evaluating.length).toBeGreaterThan(0);
    expect(evaluating).toEqual(await runSaved('papers-evaluating-benchmark', { benchmark: 'Needle in a Haystack', limit: '100' }));
    // (The sample's only values filed under NIAH are throughput speed-ups, changes rather than scores.)
    const board = await runSaved('benchmark-leaderboard', { benchmark: 'massive multitask language understanding' });
    expect(board.length).toBeGreaterThan(0);
    expect(board).toEqual(await runSaved('benchmark-leaderboard', { benchmark: 'MMLU' }));
    const f1 = await runSaved('benchmark-leaderboard', { benchmark: 'MMLongBench-Doc', metric: 'F1' });
    expect(f1.length).toBeGreaterThan(0);
    expect(f1).toEqual(await runSaved('benchmark-leaderboard', { benchmark: 'MMLongBench-Doc', metric: 'F1 score' }));
    // Every entity carrying the alias is a start: the sample's RoPE and the fixture's "rotary embeddings", which the lexicon reads as RoPE.
    const path = await runSaved('shortest-path', { from: 'RoPE', to: 'NIAH' });
    const byName = await runSaved('shortest-path', { from: 'rotary position embedding', to: 'Needle in a Haystack' });
    expect(byName).toHaveLength(1);
    expect(path.map((r) => r.steps)).toEqual(expect.arrayContaining(byName.map((r) => r.steps)));
    expect((path[0]!.steps as string[])[0]).toBe('rotary position embedding');
  });

  it('most-evaluated-models counts evaluating papers per model, and per family when asked', async () => {
    const perModel = new Map<string, Set<string>>();
    const perFamily = new Map<string, Set<string>>();
    for (const p of corpus) for (const e of p.extraction.entities) if (e.type === 'Model' && e.role === 'evaluates') {
      perModel.set(e.key, (perModel.get(e.key) ?? new Set()).add(p.paper.id));
      const family = e.family && entityKey(e.family) !== e.key ? entityKey(e.family) : e.key;
      perFamily.set(family, (perFamily.get(family) ?? new Set()).add(p.paper.id));
    }
    const rows = await runSaved('most-evaluated-models', { limit: '5' });
    const best = Math.max(...[...perModel.values()].map((s) => s.size));
    expect(rows[0]!.papers).toBe(best);
    for (const row of rows) expect(perModel.get(entityKey(String(row.model)))?.size).toBe(row.papers);
    const byFamily = await runSaved('most-evaluated-models', { families: 'true', limit: '5' });
    expect(byFamily[0]!.papers).toBe(Math.max(...[...perFamily.values()].map((s) => s.size)));
  });

  it('co-occurring-techniques lists techniques sharing papers with the given one, with their share', async () => {
    const rows = await runSaved('co-occurring-techniques', { technique: 'Rotary Embeddings' });
    const withRope = papersNaming('Technique', 'rotaryembeddings');
    const sparse = rows.find((r) => r.technique === 'sparse windows');
    expect(sparse).toMatchObject({ together: 1, papersWithOther: 1, share: 1 });
    for (const row of rows) {
      const other = papersNaming('Technique', entityKey(String(row.technique)));
      expect(row.together).toBe([...other].filter((id) => withRope.has(id)).length);
    }
  });

  it('introduced-and-reused shows what a paper introduced and who picked it up', async () => {
    const rows = await runSaved('introduced-and-reused', { paper: '2401.00001' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ introduces: 'RingBench', type: 'Benchmark', reuses: 2 });
    expect((rows[0]!.reusedBy as Row[]).map((r) => `${r.paper} ${r.role}`).sort()).toEqual(['2402.00002 evaluates', '2403.00003 evaluates']);
    const all = await runSaved('introduced-and-reused', { limit: '500' });
    const introductions = corpus.reduce((n, p) => n + p.extraction.entities.filter((e) => e.role === 'introduces').length, 0);
    expect(all.length).toBe(introductions);
  });

  it('related-papers scores papers by the IDF of the entities they share', async () => {
    // Expected scores computed from the extractions: sum of ln(N/df) over shared entities with df > 1.
    const df = new Map<string, number>();
    const uids = (p: ExtractedPaper) => new Set(p.extraction.entities.map((e) => `${e.type}:${e.key}`));
    for (const p of corpus) for (const uid of uids(p)) df.set(uid, (df.get(uid) ?? 0) + 1);
    const target = [...corpus].sort((a, b) => uids(b).size - uids(a).size || a.paper.id.localeCompare(b.paper.id))[0]!;
    const mine = uids(target);
    const expected = corpus
      .filter((q) => q.paper.id !== target.paper.id)
      .map((q) => ({ paper: q.paper.id, score: [...uids(q)].filter((u) => mine.has(u) && df.get(u)! > 1).reduce((s, u) => s + Math.log(corpus.length / df.get(u)!), 0) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.paper.localeCompare(b.paper))
      .slice(0, 5);
    expect(expected.length).toBeGreaterThan(0);
    const rows = await runSaved('related-papers', { paper: target.paper.title.toLowerCase(), limit: '5' });
    expect(rows.map((r) => r.paper)).toEqual(expected.map((r) => r.paper));
    rows.forEach((row, i) => expect(row.score).toBeCloseTo(expected[i]!.score, 2));
  });

  it('shortest-path connects two concepts through papers', async () => {
    const rows = await runSaved('shortest-path', { from: 'PileLong', to: 'qwix 7b' });
    expect(rows[0]).toMatchObject({ hops: 4 });
    const steps = rows[0]!.steps as string[];
    expect(steps[0]).toBe('PileLong');
    expect(steps[4]).toBe('Qwix-7B');
  });

  it('recently-introduced lists entities first introduced inside the window, newest first', async () => {
    // Fixture dates: RingBench 2024-01-10, sparse windows 2024-02-20, chunked prefill 2024-03-05 (the newest paper).
    const rows = await runSaved('recently-introduced', { days: '30' });
    // Sample papers may name these techniques too (they are undated, so they never count as introducing).
    const reuse = (key: string) => papersNaming('Technique', key).size - 1;
    expect(rows.map((r) => [r.entity, r.introduced, r.reusedBy])).toEqual([
      ['chunked prefill', '2024-03-05', reuse('chunkedprefill')],
      ['sparse windows', '2024-02-20', reuse('sparsewindows')],
    ]);
    const since = await runSaved('recently-introduced', { since: '2024-01-01' });
    expect(since.map((r) => r.entity)).toEqual(['chunked prefill', 'sparse windows', 'RingBench']);
    expect(since[2]!.reusedBy).toBe(2);
  });
});
