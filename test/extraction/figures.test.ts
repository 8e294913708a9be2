import { describe, expect, it } from 'vitest';
import { isChangeFigure, isFigureAfter } from '../../src/extraction/figures.js';

describe('figures', () => {
  it('reads a percent, a factor or "times" with a comparative after a number as a figure', () => {
    for (const after of ['% faster', 'x faster', '× lower', ' percent fewer', ' times faster', ' Times as Fast', ' times speedup']) expect(isFigureAfter(after)).toBe(true);
  });
  it('reads counts and versions after a number as no figure ("3 times per sample", "8B model", "2.0 release")', () => {
    for (const after of [' times per sample', 'B model', ' release', 'x7B']) expect(isFigureAfter(after)).toBe(false);
  });
  it('tells a stated change ("40% faster", "faster by 40%", "reduces memory by 30%") from a score ("solves 38%")', () => {
    expect(isChangeFigure('X makes Y ', '% faster than Z')).toBe(true);
    expect(isChangeFigure('X makes Y faster by ', '%.')).toBe(true);
    expect(isChangeFigure('X makes Y fast and reduces memory by up to ', '%.')).toBe(true);
    expect(isChangeFigure('X makes Y solve ', '% of the issues.')).toBe(false);
  });
});
