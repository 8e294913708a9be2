import { describe, expect, it } from 'vitest';
import { batchRows } from '../../src/store/rows.js';
import { entityUid } from '../../src/store/statements.js';
import { paper } from './fixtures.js';

describe('batchRows', () => {
  it('links a result to the entity whose written form is its subject ("Wren Pro" for the lexicon\'s "Wren 1.0 Pro")', () => {
    const item = paper(
      '2405.00001',
      'Wren Pro on QuillQA',
      'We evaluate Wren Pro on QuillQA. Wren Pro scores 49.3% on QuillQA.',
      [
        { name: 'Wren 1.0 Pro', type: 'Model', role: 'evaluates' },
        { name: 'QuillQA', type: 'Benchmark', role: 'evaluates' },
      ],
      [{ subject: 'Wren Pro', benchmark: 'QuillQA', metric: null, value: 49.3, unit: '%', compared_to: null }],
    );
    item.extraction.entities[0]!.mentions = ['Wren Pro'];
    const batch = batchRows([item], 'test');
    expect(batch.resultLinks.subject).toEqual([{ result: '2405.00001#0', uid: entityUid('Model', 'wren10pro') }]);
    expect(batch.resultLinks.benchmark).toEqual([{ result: '2405.00001#0', uid: entityUid('Benchmark', 'quillqa') }]);
  });
});
