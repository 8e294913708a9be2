import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';

const paper = (id: string, entities: ExtractedPaper['extraction']['entities']): ExtractedPaper => ({
  paper: { id, title: `Paper ${id}`, abstract: 'x', source: 'test' },
  extraction: { id, title: `Paper ${id}`, entities, results: [] },
});
const entity = (name: string, key: string, role: 'uses' | 'evaluates', family?: string, lineage?: string[]) => ({
  name, key, type: 'Model' as const, mentions: [name], spans: [], role, evidence: [], confidence: 0.9, ...(family ? { family } : {}), ...(lineage ? { lineage } : {}),
});

describe('buildGraph', () => {
  it('joins two papers at one entity node and links a variant to its family', () => {
    const g = buildGraph([paper('a', [entity('Qwen2-VL 7B', 'qwen2vl7b', 'uses', 'Qwen2-VL')]), paper('b', [entity('Qwen2-VL 7B', 'qwen2vl7b', 'evaluates')])]);
    expect(g.inDegree('e:Model:qwen2vl7b')).toBe(2);
    expect(g.getEdgeAttribute('e:Model:qwen2vl7b', 'e:Model:qwen2vl', 'kind')).toBe('variant_of');
    expect(g.getNodeAttribute('e:Model:qwen2vl', 'label')).toBe('Qwen2-VL');
  });

  it('links a family to the families of its lineage, so a variant reaches the top family', () => {
    const g = buildGraph([paper('a', [entity('Gemini 1.5 Pro', 'gemini15pro', 'evaluates', 'Gemini 1.5', ['Gemini'])])]);
    expect(g.getEdgeAttribute('e:Model:gemini15pro', 'e:Model:gemini15', 'kind')).toBe('variant_of');
    expect(g.getEdgeAttribute('e:Model:gemini15', 'e:Model:gemini', 'kind')).toBe('variant_of');
    expect(g.getNodeAttribute('e:Model:gemini', 'label')).toBe('Gemini');
    expect(g.hasEdge('e:Model:gemini15pro', 'e:Model:gemini')).toBe(false);
    expect(g.size).toBe(3);
  });
});
