import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { closeDrivers, getDriver, sessionConfig } from '../../src/store/driver.js';
import { StoredGraphOutdatedError } from '../../src/store/errors.js';
import { loadPapers } from '../../src/store/load.js';
import { readCorpus, readCorpusPages } from '../../src/store/read-corpus.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { corpusA, corpusB, paper } from './fixtures.js';
import { clearDatabase } from './graph-state.js';
import { extractedSample } from './sample.js';

const config = testNeo4jConfig();

/** Order-free form: papers by id, entities by type/key/role, results in their order. */
function canonical(papers: ExtractedPaper[]): ExtractedPaper[] {
  return [...papers]
    .sort((a, b) => a.paper.id.localeCompare(b.paper.id))
    .map((p) => ({
      paper: p.paper,
      extraction: {
        ...p.extraction,
        entities: [...p.extraction.entities].sort((a, b) => `${a.type}|${a.key}|${a.role}`.localeCompare(`${b.type}|${b.key}|${b.role}`)),
      },
    }));
}

let sample: ExtractedPaper[];
beforeAll(async () => {
  sample = await extractedSample();
  await clearDatabase(config);
});
afterAll(async () => {
  await closeDrivers();
});

describe('readCorpus', () => {
  it('gives back exactly the papers, entities and results that were loaded', async () => {
    const loaded = [...corpusA(), ...corpusB()];
    await loadPapers(config, loaded, { extractor: 'x' });
    expect(canonical(await readCorpus(config))).toEqual(canonical(loaded));
  });

  it('gives back a variant\'s family and the lineage above it', async () => {
    await clearDatabase(config);
    const loaded = [paper('2404.00006', 'Zeta Pro', 'We evaluate Zeta-3 Pro.', [{ name: 'Zeta-3 Pro', type: 'Model', role: 'evaluates', family: 'Zeta-3', lineage: ['Zeta'] }])];
    await loadPapers(config, loaded, { extractor: 'x' });
    const [back] = await readCorpus(config);
    expect(back?.extraction.entities[0]).toMatchObject({ name: 'Zeta-3 Pro', family: 'Zeta-3', lineage: ['Zeta'] });
    expect(canonical(await readCorpus(config))).toEqual(canonical(loaded));
  });

  it('round-trips the extracted sample corpus', async () => {
    // Links store evidence fields only when one is the title: the sample must have such links.
    expect(sample.some((p) => p.extraction.entities.some((e) => e.evidence.some((v) => v.field === 'title')))).toBe(true);
    await clearDatabase(config);
    await loadPapers(config, sample, { extractor: 'x' });
    const back = await readCorpus(config);
    expect(back).toHaveLength(sample.length);
    expect(canonical(back)).toEqual(canonical(sample));
  });

  it('pages through the corpus by id without gaps or repeats', async () => {
    const ids: string[] = [];
    for await (const page of readCorpusPages(config, 7)) ids.push(...page.map((p) => p.paper.id));
    expect(ids).toEqual(sample.map((p) => p.paper.id).sort());
  });

  it('refuses, saying to load again, a paper stored without annotations by an older papergraph', async () => {
    await clearDatabase(config);
    const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
    try {
      await session.run("CREATE (:Paper {id: '2401.99999', title: 'Old', abstract: 'Stored before annotations.', source: 'old.json'})");
    } finally {
      await session.close();
    }
    await expect(readCorpus(config)).rejects.toThrow(StoredGraphOutdatedError);
    await expect(readCorpus(config)).rejects.toThrow(/papergraph load/);
  });
});
