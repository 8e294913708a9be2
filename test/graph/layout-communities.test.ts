import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { computeLayout } from '../../src/graph/layout.js';
import { fixtureCorpus, paper } from './fixtures.js';

describe('server-side layout', () => {
  it('positions every node at finite coordinates, identically on every build', () => {
    const a = new Corpus(fixtureCorpus()).layout;
    const b = new Corpus(fixtureCorpus()).layout;
    expect(a.size).toBe(new Corpus(fixtureCorpus()).graph.order);
    for (const [node, p] of a) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(b.get(node)).toEqual(p);
    }
  });

  it('does not depend on the order the papers were read in', () => {
    const forward = new Corpus(fixtureCorpus()).layout;
    const backward = new Corpus([...fixtureCorpus()].reverse()).layout;
    for (const [node, p] of forward) expect(backward.get(node)).toEqual(p);
  });

  it('spreads nodes out rather than stacking them', () => {
    const positions = [...new Corpus(fixtureCorpus()).layout.values()];
    const distinct = new Set(positions.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(distinct.size).toBe(positions.length);
  });

  it('changes with the seed', () => {
    const a = new Corpus(fixtureCorpus(), { seed: 1 }).layout;
    const b = new Corpus(fixtureCorpus(), { seed: 2 }).layout;
    expect([...a].some(([node, p]) => b.get(node)!.x !== p.x)).toBe(true);
  });
});

describe('communities', () => {
  const corpus = new Corpus(fixtureCorpus());
  const { of, list } = corpus.communities;

  it('separates the long-context and the long-video papers', () => {
    expect(of.get('p:2404.14469')).toBe(of.get('p:2306.14048'));
    expect(of.get('p:2405.21075')).toBe(of.get('p:2501.00001'));
    expect(of.get('p:2404.14469')).not.toBe(of.get('p:2405.21075'));
  });

  it('names each community after its most connected entities, largest community first', () => {
    const video = list[of.get('p:2405.21075')!]!;
    expect(video.top.every((id) => id.startsWith('e:'))).toBe(true);
    expect(video.top).toContain('e:Benchmark:videomme');
    expect(video.label).toContain('Video-MME');
    expect(video.label.split(' · ')).toHaveLength(Math.min(3, video.top.length));
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.size).toBeGreaterThanOrEqual(list[i]!.size);
    expect(list.reduce((sum, c) => sum + c.size, 0)).toBe(corpus.graph.order);
  });

  it('does not spend a community name on a model and its own variant, or on a name inside another', () => {
    const kv = list[of.get('p:2404.14469')!]!;
    expect(kv.top.includes('e:Model:llama27b') && kv.top.includes('e:Model:llama2')).toBe(false);
    expect(kv.top.includes('e:Technique:kvcache') && kv.top.includes('e:Technique:kvcachecompression')).toBe(false);
    expect(kv.top).toHaveLength(3);
  });

  it('names a one-paper community first by what the paper introduces', () => {
    const alone = new Corpus([
      paper('solo', 'Zeta', 'Zeta uses Alpha and Beta.', [
        { name: 'Alpha', type: 'Technique', role: 'uses' },
        { name: 'Beta', type: 'Technique', role: 'uses' },
        { name: 'Zeta', type: 'Technique', role: 'introduces' },
      ]),
    ]);
    expect(alone.communities.list[0]!.label).toBe('Zeta · Alpha · Beta');
  });

  it('is deterministic and gives each community a distinct colour', () => {
    expect(new Corpus(fixtureCorpus()).communities.list).toEqual(list);
    expect(new Set(list.map((c) => c.color)).size).toBe(list.length);
    expect(list.every((c) => /^#[0-9a-f]{6}$/.test(c.color))).toBe(true);
  });
});

describe('layout of a graph larger than its backbone', () => {
  // 60 papers with 8 entities each, 4 of them private: 60 + 240 private + 20 shared nodes.
  const papers = Array.from({ length: 60 }, (_, i) =>
    paper(`x${i}`, `Paper ${i}`, 'Text.', [
      ...Array.from({ length: 4 }, (_, j) => ({ name: `Private ${i}-${j}`, type: 'Task' as const, role: 'uses' as const })),
      ...Array.from({ length: 4 }, (_, j) => ({ name: `Shared ${(i + j) % 20}`, type: 'Technique' as const, role: 'uses' as const })),
    ]),
  );
  const corpus = new Corpus(papers);
  const positions = computeLayout(corpus.skeleton, { backbone: 80 });

  it('places every node, the ones outside the backbone next to their neighbours', () => {
    expect(positions.size).toBe(corpus.graph.order);
    const all = [...positions.values()];
    expect(all.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    const span = Math.max(...all.map((p) => Math.hypot(p.x, p.y)));
    const leaf = positions.get('e:Task:private00')!;
    const owner = positions.get('p:x0')!;
    expect(Math.hypot(leaf.x - owner.x, leaf.y - owner.y)).toBeLessThan(span / 4);
  });

  it('is deterministic', () => {
    expect([...computeLayout(corpus.skeleton, { backbone: 80 })]).toEqual([...positions]);
  });
});
