import { describe, expect, it } from 'vitest';
import { parseParam } from '../../src/cli/commands/query.js';
import { formatTable } from '../../src/cli/result-table.js';
import { formatValue } from '../../src/store/console/format-value.js';

describe('papergraph query', () => {
  it('reads --param values as JSON when they parse, else as text', () => {
    expect(parseParam('n=5')).toEqual(['n', 5]);
    expect(parseParam('names=["a","b"]')).toEqual(['names', ['a', 'b']]);
    expect(parseParam('name=LongBench')).toEqual(['name', 'LongBench']);
    expect(parseParam('year="2024"')).toEqual(['year', '2024']);
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
    expect(() => parseParam('=5')).toThrow(/name=value/);
  });

  it('prints nodes, relationships and paths compactly', () => {
    const paper = { elementId: '4:x:1', labels: ['Paper'], properties: { id: 'p1', title: 'Ring Attention' } };
    const bench = { elementId: '4:x:2', labels: ['Entity', 'Benchmark'], properties: { key: 'ringbench', name: 'RingBench' } };
    const rel = { elementId: '5:x:3', type: 'EVALUATES', start: '4:x:1', end: '4:x:2', properties: {} };
    expect(formatValue(paper)).toBe('(:Paper "Ring Attention")');
    expect(formatValue(rel)).toBe('[:EVALUATES]');
    expect(formatValue({ segments: [{ start: paper, relationship: rel, end: bench }] })).toBe('(:Paper "Ring Attention")-[:EVALUATES]->(:Entity:Benchmark "RingBench")');
    expect(formatValue('two\nlines')).toBe('two lines');
  });

  it('aligns columns and clips long cells', () => {
    const table = formatTable(['name', 'n'], [{ name: 'x'.repeat(60), n: 1 }, { name: 'short', n: 22 }], 10);
    expect(table.split('\n')).toEqual(['name        n', '──────────  ──', 'xxxxxxxxx…  1', 'short       22']);
  });
});
