import { describe, expect, it } from 'vitest';
import { titleId } from '../../src/reading/ids.js';
import { plainFromLatex } from '../../src/reading/latex.js';
import { paperFromRecord } from '../../src/reading/fields.js';
import { collect, fixture } from './collect.js';

describe('LaTeX in titles and abstracts', () => {
  it('reads inline math, escaped signs and styled names as the page shows them', () => {
    expect(plainFromLatex('a $2.4\\times$ speedup, 30\\% less memory than \\textsc{FlashKite}')).toBe('a 2.4× speedup, 30% less memory than FlashKite');
    expect(plainFromLatex('$1.5\\times$--$2\\times$ faster and ${\\sim}$40\\% lower, at $O(n^{2})$ cost')).toBe('1.5×-2× faster and ~40% lower, at O(n^2) cost');
    expect(plainFromLatex('$O(n\\,\\log n)$ time, a $\\frac{1}{\\sqrt{d}}$ scale and $\\sum_i x_i$')).toBe('O(n log n) time, a 1/√d scale and Σ_i x_i');
    expect(plainFromLatex('$E^2$-LLM, $\\mu$-Bench, {\\mu}-Bench, top-$k$ routing, a 90$^\\circ$ turn')).toBe('E^2-LLM, μ-Bench, μ-Bench, top-k routing, a 90° turn');
    expect(plainFromLatex("``Needle in a haystack'' tests {\\em long} context; code at \\href{https://x.org}{our page}")).toBe(
      '"Needle in a haystack" tests long context; code at our page',
    );
  });

  it('reads \\ell, thin spaces, ties and operator names as the page shows them', () => {
    expect(plainFromLatex('the $(k,\\ell)$-pebble game with $\\ell_2$ penalties')).toBe('the (k,ℓ)-pebble game with ℓ_2 penalties');
    expect(plainFromLatex('from $O(n^2)$ to $O(n\\log n)$, $\\max_i x_i$ and $\\ln(2)$')).toBe('from O(n^2) to O(n log n), max_i x_i and ln(2)');
    expect(plainFromLatex('a vocabulary of 32\\,000 tokens, 7B~parameters and Fig.~2')).toBe('a vocabulary of 32 000 tokens, 7B parameters and Fig. 2');
    expect(plainFromLatex('7B~parameters, ~40% lower, 3~4 times, 2k~4k tokens, 1.53x~20.57x faster')).toBe(
      '7B parameters, ~40% lower, 3~4 times, 2k~4k tokens, 1.53x~20.57x faster',
    );
  });

  it('reads accents as the letters they make', () => {
    expect(plainFromLatex("R\\'e, G\\\"uell, G\\\"{o}del, \\c{c}a, {\\'e}t\\'e, Pe\\~na, Erd\\H{o}s, Mart\\'{\\i}n, \\v{S}ediv\\'y")).toBe(
      'Ré, Güell, Gödel, ça, été, Peña, Erdős, Martín, Šedivý',
    );
  });

  it('leaves prices, unknown commands and text without markup as they are', () => {
    expect(plainFromLatex('costs fall from $0.39 to $0.22 per task')).toBe('costs fall from $0.39 to $0.22 per task');
    expect(plainFromLatex('from \\$5 to \\$1')).toBe('from $5 to $1');
    expect(plainFromLatex('US$5 vs US$1 per run, and $n = 8$ written with spaces')).toBe('US$5 vs US$1 per run, and $n = 8$ written with spaces');
    expect(plainFromLatex('top-$k$ with $n=8$')).toBe('top-k with n=8');
    expect(plainFromLatex('a \\foo command')).toBe('a \\foo command');
    const plain = 'performance -- 3x faster, ~40% lower';
    expect(plainFromLatex(plain)).toBe(plain);
  });

  it('reads an arXiv Atom entry written in LaTeX as text, and leaves the title of a JSON record as written', async () => {
    const { papers, problems } = await collect([fixture('latex.xml')]);
    expect(problems).toEqual([]);
    expect(papers[0]!.title).toBe('KiteAttn: Fast Attention with O(n) Memory');
    expect(papers[0]!.abstract).toContain('achieves a 2.4× speedup over FlashAttention-2. It gives 1.5×-2× faster decoding and ~40% lower latency.');
    const record = paperFromRecord({ title: 'Kite: $O(n)$ Attention', abstract: 'Kite is \\emph{fast}.' }, 'x.json');
    expect('paper' in record && [record.paper.id, record.paper.abstract]).toEqual([titleId('Kite: $O(n)$ Attention'), 'Kite is fast.']);
  });
});
