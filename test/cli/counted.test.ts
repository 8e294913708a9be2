import { describe, expect, it } from 'vitest';
import { counted } from '../../src/cli/counted.js';

describe('counted', () => {
  it('writes one thing in the singular and any other number in the plural, regular or given', () => {
    expect(counted(1, 'paper')).toBe('1 paper');
    expect(counted(0, 'paper')).toBe('0 papers');
    expect(counted(3, 'entity', 'entities')).toBe('3 entities');
    expect(counted(1, 'entity', 'entities')).toBe('1 entity');
  });
});
