import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainFromLatex } from '../../src/reading/latex.js';
import { collect, fixture } from './collect.js';

const SAMPLE = fileURLToPath(new URL('../../data/hf-trending-long-context.txt', import.meta.url));

describe('trending-page text', () => {
  it('reads all 68 papers of the bundled sample with exact titles and full abstracts, their LaTeX read as text', async () => {
    const { papers, problems } = await collect([SAMPLE]);
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(68);
    expect(papers[0]!.title).toBe('MMLongBench-Doc: Benchmarking Long-context Document Understanding with Visualizations');
    expect(papers.at(-1)!.title).toBe('LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models');
    // In the sample every paper is a title line followed by a one-line abstract: the non-furniture lines pair up exactly.
    const lines = readFileSync(SAMPLE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const start = lines.indexOf(papers[0]!.title);
    expect(papers.map((p) => [p.title, p.abstract])).toEqual(
      Array.from({ length: 68 }, (_, i) => [lines[start + 2 * i], plainFromLatex(lines[start + 2 * i + 1]!)]),
    );
    for (const paper of papers) {
      expect(paper.abstract.length).toBeGreaterThan(300);
      expect(paper.id).toMatch(/^t-[0-9a-f]{12}$/);
    }
    expect(new Set(papers.map((p) => p.id)).size).toBe(68);
  });

  it('skips page furniture and joins an abstract that runs over several lines and paragraphs', async () => {
    const { papers, problems } = await collect([fixture('trending-small.txt')]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['Tiny-Bench: Measuring Small Things with Care', 'Folding Attention for Very Long Inputs']);
    expect(papers[0]!.abstract).toBe(
      'We present Tiny-Bench, a benchmark of small measurement tasks. It has 120 questions. The abstract continues on a second line of the same paragraph.',
    );
    expect(papers[1]!.abstract).toBe(
      'Attention over long inputs is costly. We fold the sequence into blocks and attend within them, cutting memory by 4x. Code is available at https://example.org/folding.',
    );
    expect(papers[0]!.source).toBe(fixture('trending-small.txt'));
  });

  it('reads text whose first title starts with a bracket as text, not as JSON or XML', async () => {
    const { papers, problems } = await collect([fixture('trending-bracket-title.txt'), fixture('trending-angle-title.txt')]);
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['[Re] Reproducing Long-Context Retrieval Results', '<Think> Tags Help: Structured Reasoning Traces for Small Models']);
  });

  it('gives the same id when the same paper is read twice', async () => {
    const first = await collect([fixture('trending-small.txt')]);
    const second = await collect([fixture('trending-small.txt')]);
    expect(second.papers.map((p) => p.id)).toEqual(first.papers.map((p) => p.id));
  });
});
