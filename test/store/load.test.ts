import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDrivers } from '../../src/store/driver.js';
import { Neo4jAuthError, Neo4jUnavailableError } from '../../src/store/errors.js';
import { loadPapers } from '../../src/store/load.js';
import { syntheticCorpus } from '../../bench/synthetic.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { extractedSample } from './sample.js';
import { corpusA, corpusB, paper } from './fixtures.js';
import { canonicalDump, clearDatabase, graphCounts, readRows } from './graph-state.js';

const config = testNeo4jConfig();
const extractor = 'test-extractor@1';

beforeEach(async () => {
  await clearDatabase(config);
});
afterAll(async () => {
  await closeDrivers();
});

describe('loadPapers', () => {
  it('writes papers, typed entities, role links with evidence, families and results', async () => {
    const report = await loadPapers(config, corpusA(), { extractor });
    expect(report.papers).toEqual({ read: 2, created: 2, updated: 0, unchanged: 0 });
    const links = await readRows<{ type: string; key: string; labels: string[]; evidence: string[]; start: number[]; extractor: string }>(
      config,
      `MATCH (:Paper {id: '2401.00001'})-[r]->(e:Entity) RETURN type(r) AS type, e.key AS key, labels(e) AS labels, r.evidence AS evidence, r.start AS start, r.extractor AS extractor ORDER BY key`,
    );
    expect(links.map((l) => `${l.type} ${l.key}`)).toEqual([
      'EVALUATES accuracy',
      'EVALUATES longcontextretrieval',
      'EVALUATES lumo13b',
      'EVALUATES qwix7b',
      'INTRODUCES ringbench',
      'MENTIONS rotaryembeddings',
    ]);
    const ring = links.find((l) => l.key === 'ringbench')!;
    expect(ring.labels.sort()).toEqual(['Benchmark', 'Entity']);
    expect(ring.evidence).toEqual(['We introduce RingBench, a benchmark for long-context retrieval.']);
    expect(ring.start).toEqual([0]);
    expect(ring.extractor).toBe(extractor);
    // The link holds what a Cypher user needs to show and trace it (evidenceField only when some
    // evidence is not in the abstract); how the paper wrote the entity (surface forms, spans) is
    // stored once on the paper.
    const [shape] = await readRows<{ keys: string[]; annotations: string }>(
      config,
      `MATCH (p:Paper {id: '2401.00001'})-[r:INTRODUCES]->(:Benchmark {key: 'ringbench'}) RETURN keys(r) AS keys, p.annotations AS annotations`,
    );
    expect(shape!.keys.sort()).toEqual(['confidence', 'end', 'evidence', 'extractor', 'start']);
    const notes = JSON.parse(shape!.annotations) as { uid: string }[];
    expect(notes).toHaveLength(6);
    expect(notes.find((n) => n.uid === 'Benchmark:ringbench')).toEqual({
      role: 'introduces',
      uid: 'Benchmark:ringbench',
      name: 'RingBench',
      mentions: ['RingBench'],
      spans: [['abstract', 13, 22], ['abstract', 100, 109], ['abstract', 159, 168]],
    });
    const families = await readRows<{ v: string; f: string }>(config, 'MATCH (v:Model)-[:VARIANT_OF]->(f:Model) RETURN v.key AS v, f.key AS f ORDER BY v');
    expect(families).toEqual([
      { v: 'lumo13b', f: 'lumo' },
      { v: 'qwix7b', f: 'qwix' },
    ]);
    const results = await readRows<Record<string, unknown>>(
      config,
      `MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:OF]->(s), (r)-[:ON]->(b:Benchmark), (r)-[:MEASURED_BY]->(m:Metric)
       OPTIONAL MATCH (r)-[:COMPARED_TO]->(c) RETURN p.id AS paper, s.key AS subject, b.key AS benchmark, m.key AS metric, r.value AS value, r.unit AS unit, c.key AS compared ORDER BY paper`,
    );
    expect(results).toEqual([
      { paper: '2401.00001', subject: 'qwix7b', benchmark: 'ringbench', metric: 'accuracy', value: 61.5, unit: '%', compared: 'lumo13b' },
      { paper: '2402.00002', subject: 'lumo13b', benchmark: 'ringbench', metric: 'accuracy', value: 70.2, unit: '%', compared: null },
    ]);
    const [rope] = await readRows<{ aliases: string[] }>(config, `MATCH (e:Technique {key: 'rotaryembeddings'}) RETURN e.aliases AS aliases`);
    expect(rope!.aliases).toEqual(['rotary embeddings', 'RoPE']);
  });

  it('leaves the papers and entity aliases it wrote findable by full-text search when it returns', async () => {
    await loadPapers(config, corpusA(), { extractor });
    const hits = await readRows<{ id: string }>(config, "CALL db.index.fulltext.queryNodes('paper_text', 'RingBench') YIELD node RETURN node.id AS id ORDER BY id");
    expect(hits.map((h) => h.id)).toContain('2401.00001');
    const names = await readRows<{ key: string }>(config, "CALL db.index.fulltext.queryNodes('entity_names', 'RoPE') YIELD node RETURN node.key AS key");
    expect(names.map((n) => n.key)).toEqual(['rotaryembeddings']);
  });

  it('gives the same graph in batches of one as in a single batch (first-seen names, aliases in first-seen order)', async () => {
    const sample = (await extractedSample()).slice(0, 30);
    await loadPapers(config, sample, { extractor, batchSize: 1000 });
    const single = await canonicalDump(config);
    await clearDatabase(config);
    await loadPapers(config, sample, { extractor, batchSize: 1 });
    expect(await canonicalDump(config)).toEqual(single);
  });

  it('changes nothing when the same corpus is loaded twice', async () => {
    await loadPapers(config, corpusA(), { extractor });
    const before = await canonicalDump(config);
    const counts = await graphCounts(config);
    const again = await loadPapers(config, corpusA(), { extractor });
    expect(again.papers).toEqual({ read: 2, created: 0, updated: 0, unchanged: 2 });
    expect(again.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 });
    expect(await graphCounts(config)).toEqual(counts);
    expect(await canonicalDump(config)).toEqual(before);
  });

  it('loads the extracted sample corpus twice with identical node and relationship counts', async () => {
    const sample = await extractedSample();
    const first = await loadPapers(config, sample, { extractor, batchSize: 25 });
    expect(first.papers.created).toBe(sample.length);
    const counts = await graphCounts(config);
    const dump = await canonicalDump(config);
    const second = await loadPapers(config, sample, { extractor, batchSize: 25 });
    expect(second.papers.unchanged).toBe(sample.length);
    expect(second.counters.nodesCreated + second.counters.relationshipsCreated + second.counters.propertiesSet).toBe(0);
    expect(await graphCounts(config)).toEqual(counts);
    expect(await canonicalDump(config)).toEqual(dump);
  });

  it('never shows a reader a changed paper with no links or a mix of old and new links', async () => {
    const original = [...syntheticCorpus(400, 7)];
    await loadPapers(config, original, { extractor });
    // Every paper loses its last entity and gets a new abstract: one batch, one transaction.
    const revised: ExtractedPaper[] = original.map(({ paper, extraction }) => ({
      paper: { ...paper, abstract: `${paper.abstract} Revised.` },
      extraction: { ...extraction, entities: extraction.entities.slice(0, -1), results: [] },
    }));
    const watched = original[original.length - 1]!.paper.id;
    const linkSet = async () =>
      (await readRows<{ uids: string[] }>(config, 'MATCH (:Paper {id: $id})-->(e:Entity) RETURN collect(e.uid) AS uids', { id: watched }))[0]!.uids.sort().join(',');
    const before = await linkSet();
    const observed = new Set<string>();
    let loading = true;
    const load = loadPapers(config, revised, { extractor, batchSize: 400 }).finally(() => (loading = false));
    while (loading) observed.add(await linkSet());
    const report = await load;
    const after = await linkSet();
    expect(report.papers.updated).toBe(400);
    expect(after).not.toEqual(before);
    for (const seen of observed) expect([before, after]).toContain(seen);
  });

  it('adds a second corpus to the first and joins the entities they share', async () => {
    await loadPapers(config, corpusA(), { extractor });
    const report = await loadPapers(config, corpusB(), { extractor });
    expect(report.papers.created).toBe(1);
    const [shared] = await readRows<{ papers: string[] }>(
      config,
      `MATCH (p:Paper)-->(e:Benchmark {key: 'ringbench'}) RETURN collect(p.id) AS papers`,
    );
    expect(shared!.papers.sort()).toEqual(['2401.00001', '2402.00002', '2403.00003']);
    const [qwix] = await readRows<{ n: number }>(config, `MATCH (e:Model {key: 'qwix7b'}) RETURN count(e) AS n`);
    expect(qwix!.n).toBe(1);
    // Loading A then B gives the same graph as loading both in one go.
    const sequential = await canonicalDump(config);
    await clearDatabase(config);
    await loadPapers(config, [...corpusA(), ...corpusB()], { extractor });
    expect(await canonicalDump(config)).toEqual(sequential);
  });

  it("replaces a changed paper's links and results, leaving no stale link or orphan entity", async () => {
    await loadPapers(config, corpusA(), { extractor });
    const [first, second] = corpusA();
    const revised = paper(
      second!.paper.id,
      second!.paper.title,
      'We propose sparse windows, an attention method. On RingBench, Lumo-13B with sparse windows reaches 72.0% F1.',
      [
        { name: 'sparse windows', type: 'Technique', role: 'introduces' },
        { name: 'RingBench', type: 'Benchmark', role: 'evaluates' },
        { name: 'Lumo-13B', type: 'Model', role: 'evaluates', family: 'Lumo' },
        { name: 'F1', type: 'Metric', role: 'evaluates' },
      ],
      [{ subject: 'Lumo-13B', benchmark: 'RingBench', metric: 'F1', value: 72.0, unit: '%', compared_to: null }],
      second!.paper.published,
    );
    const report = await loadPapers(config, [first!, revised], { extractor });
    expect(report.papers).toEqual({ read: 2, created: 0, updated: 1, unchanged: 1 });
    const links = await readRows<{ link: string }>(
      config,
      `MATCH (:Paper {id: $id})-[r]->(e) RETURN type(r) + ' ' + coalesce(e.key, toString(e.value)) AS link ORDER BY link`,
      { id: revised.paper.id },
    );
    expect(links.map((l) => l.link)).toEqual(['EVALUATES f1', 'EVALUATES lumo13b', 'EVALUATES ringbench', 'INTRODUCES sparsewindows', 'REPORTS 2402.00002#0']);
    // PileLong was only linked by the old version of the paper: it is gone, not left dangling.
    expect(await readRows(config, `MATCH (e:Dataset {key: 'pilelong'}) RETURN e`)).toEqual([]);
    // rotary embeddings is still linked by the first paper, so it stays.
    expect(await readRows(config, `MATCH (e:Technique {key: 'rotaryembeddings'}) RETURN e.key AS key`)).toEqual([{ key: 'rotaryembeddings' }]);
    // The result is the new one, attached to the new metric.
    expect(await readRows(config, `MATCH (:Paper {id: $id})-[:REPORTS]->(r)-[:MEASURED_BY]->(m) RETURN r.value AS value, m.key AS metric`, { id: revised.paper.id })).toEqual([
      { value: 72, metric: 'f1' },
    ]);
    // And the result equals a fresh load of the revised corpus.
    const replaced = await canonicalDump(config);
    await clearDatabase(config);
    await loadPapers(config, [first!, revised], { extractor });
    expect(await canonicalDump(config)).toEqual(replaced);
  });

  it('removes a model variant and its family when the only paper naming them no longer does', async () => {
    const original = paper('2404.00004', 'Zeta Models', 'We evaluate Zeta-3B on RingBench.', [
      { name: 'Zeta-3B', type: 'Model', role: 'evaluates', family: 'Zeta' },
      { name: 'RingBench', type: 'Benchmark', role: 'evaluates' },
    ]);
    await loadPapers(config, [original], { extractor });
    expect(await readRows(config, 'MATCH (v:Model)-[:VARIANT_OF]->(f:Model) RETURN v.key AS v, f.key AS f')).toEqual([{ v: 'zeta3b', f: 'zeta' }]);
    const revised = paper('2404.00004', 'Zeta Models', 'We evaluate on RingBench.', [{ name: 'RingBench', type: 'Benchmark', role: 'evaluates' }]);
    await loadPapers(config, [revised], { extractor });
    expect(await readRows(config, 'MATCH (m:Model) RETURN m.key AS key')).toEqual([]);
    const fresh = await canonicalDump(config);
    await clearDatabase(config);
    await loadPapers(config, [revised], { extractor });
    expect(await canonicalDump(config)).toEqual(fresh);
  });

  it('stores a variant\'s whole lineage and removes all of it when no paper names the variant', async () => {
    const original = paper('2404.00005', 'Zeta Pro', 'We evaluate Zeta-3 Pro on RingBench.', [
      { name: 'Zeta-3 Pro', type: 'Model', role: 'evaluates', family: 'Zeta-3', lineage: ['Zeta'] },
      { name: 'RingBench', type: 'Benchmark', role: 'evaluates' },
    ]);
    await loadPapers(config, [original], { extractor });
    expect(await readRows(config, 'MATCH (v:Model)-[:VARIANT_OF]->(f:Model) RETURN v.key AS v, f.key AS f ORDER BY v')).toEqual([
      { v: 'zeta3', f: 'zeta' },
      { v: 'zeta3pro', f: 'zeta3' },
    ]);
    const revised = paper('2404.00005', 'Zeta Pro', 'We evaluate on RingBench.', [{ name: 'RingBench', type: 'Benchmark', role: 'evaluates' }]);
    await loadPapers(config, [revised], { extractor });
    expect(await readRows(config, 'MATCH (m:Model) RETURN m.key AS key')).toEqual([]);
  });

  it('reports in a dry run exactly what a load then does, without writing', async () => {
    await loadPapers(config, corpusA(), { extractor });
    const before = await canonicalDump(config);
    const dry = await loadPapers(config, [...corpusA(), ...corpusB()], { extractor, dryRun: true });
    expect(await canonicalDump(config)).toEqual(before);
    expect(dry.papers).toEqual({ read: 3, created: 1, updated: 0, unchanged: 2 });
    // chunked prefill, latency, the Qwix family is known already: two new entities.
    expect(dry.wouldCreate).toEqual({ entities: 2, links: 4, results: 0 });
    const real = await loadPapers(config, [...corpusA(), ...corpusB()], { extractor });
    expect(real.papers).toEqual(dry.papers);
    expect(real.counters.nodesCreated).toBe(1 + dry.wouldCreate!.entities);
    expect(real.counters.relationshipsCreated).toBe(dry.wouldCreate!.links);
  });

  it('fails with Neo4jAuthError when the server refuses the password, and a corrected configuration still works', async () => {
    await expect(loadPapers({ ...config, password: 'not-the-password' }, corpusA(), { extractor })).rejects.toBeInstanceOf(Neo4jAuthError);
    expect((await loadPapers(config, corpusA(), { extractor })).papers.read).toBe(2);
  });

  it('fails with Neo4jUnavailableError when nothing listens at NEO4J_URI', async () => {
    const down = { ...config, uri: 'bolt://127.0.0.1:1' };
    await expect(loadPapers(down, corpusA(), { extractor })).rejects.toBeInstanceOf(Neo4jUnavailableError);
  });
});
