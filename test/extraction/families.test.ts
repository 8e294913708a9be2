import { describe, expect, it } from 'vitest';
import { familyLinks } from '../../src/extraction/families.js';
import type { ExtractedEntity } from '../../src/extraction/types.js';

const model = (name: string, key: string, more: Partial<ExtractedEntity> = {}): ExtractedEntity => ({
  name, key, type: 'Model', mentions: [name], spans: [], role: 'uses', evidence: [], confidence: 0.9, ...more,
});

describe('familyLinks', () => {
  it('links a variant to its family and the family up its lineage, in order', () => {
    const links = familyLinks(model('Gemini 1.5 Pro', 'gemini15pro', { family: 'Gemini 1.5', lineage: ['Gemini'] }));
    expect(links).toEqual([
      { variant: { key: 'gemini15pro', name: 'Gemini 1.5 Pro' }, family: { key: 'gemini15', name: 'Gemini 1.5' } },
      { variant: { key: 'gemini15', name: 'Gemini 1.5' }, family: { key: 'gemini', name: 'Gemini' } },
    ]);
  });

  it('gives no link for an entity without a family or one that is no model', () => {
    expect(familyLinks(model('Gemini', 'gemini'))).toEqual([]);
    expect(familyLinks({ ...model('LongBench-Chat', 'longbenchchat', { family: 'LongBench' }), type: 'Benchmark' })).toEqual([]);
  });

  it('never links a name to itself or back to a name already in the chain', () => {
    const links = familyLinks(model('Zeta 2', 'zeta2', { family: 'Zeta-2', lineage: ['Zeta', 'zeta 2'] }));
    expect(links).toEqual([{ variant: { key: 'zeta2', name: 'Zeta 2' }, family: { key: 'zeta', name: 'Zeta' } }]);
  });
});
