import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaper, setLexicon } from '../../src/extraction/extract.js';
import type { LexiconEntry } from '../../src/extraction/lexicon.js';
import type { PaperExtraction } from '../../src/extraction/types.js';

// Conventions that carry the extractor over to papers outside the sample it was tuned on, each
// pinned on sentences written for the test (see scripts/eval-heldout.mjs for the held-out score).
const entry = (name: string, type: LexiconEntry['type'], aliases: string[] = []): LexiconEntry => ({ name, type, aliases, ambiguous: false });

beforeAll(() => {
  setLexicon([
    entry('Zephyr-2', 'Model'),
    entry('PPO', 'Technique', ['proximal policy optimization']),
    entry('RLHF', 'Technique', ['reinforcement learning from human feedback']),
    entry('grouped-query attention', 'Technique', ['GQA']),
    entry('diffusion model', 'Technique', ['diffusion models']),
    entry('accuracy', 'Metric'),
  ]);
});

const run = (title: string, abstract: string): PaperExtraction => extractPaper({ id: 't1', title, abstract, source: 'test' });
const find = (x: PaperExtraction, name: string) => x.entities.find((e) => e.name === name || e.mentions.includes(name));
const names = (x: PaperExtraction): string[] => x.entities.map((e) => e.name);

describe('generalization conventions', () => {
  it('never makes a term of a quantity-led noun phrase ("1B masks", "over 1 billion masks", "11M images")', () => {
    const x = run('Masks', 'We collect over 1 billion masks on 11M images. The tagger is trained on 2B masks and thousands of clips.');
    expect(names(x).filter((n) => /\d|billion|thousand/i.test(n))).toEqual([]);
  });

  it('merges an acronym with a capitalised plural long form when the acronym is singular ("Low Rank Adapters (LoRA)")', () => {
    const x = run('Adapters', 'Gradients flow into Low Rank Adapters (LoRA). Records are stored as Electronic Health Records (EHRs).');
    expect(find(x, 'LoRA')?.mentions).toEqual(expect.arrayContaining(['Low Rank Adapters', 'LoRA']));
    expect(names(x)).not.toContain('Rank Adapters');
    expect(find(x, 'EHRs')).toBeUndefined();
  });

  it('reads a numeric word before a long form as the number of its acronym ("4-bit NormalFloat (NF4)")', () => {
    const x = run('Types', 'We store weights in 4-bit NormalFloat (NF4), a new data type.');
    const nf4 = find(x, 'NF4');
    expect(nf4?.mentions).toEqual(expect.arrayContaining(['4-bit NormalFloat', 'NF4']));
    expect(x.entities.filter((e) => e.mentions.some((m) => /NormalFloat|NF4/.test(m)))).toHaveLength(1);
  });

  it('types a long form headed by "Assessment of ..." as a benchmark, whatever task it ends in', () => {
    const x = run('Folding', 'We took part in the 9th Critical Assessment of Ligand Docking Prediction (CALDP9).');
    expect(find(x, 'CALDP9')).toMatchObject({ type: 'Benchmark' });
    expect(find(x, 'CALDP9')?.mentions).toContain('9th Critical Assessment of Ligand Docking Prediction');
  });

  it('keeps plural models of a known technique defined by an acronym ("latent diffusion models (LDMs)")', () => {
    const x = run('Synthesis', 'Cascaded diffusion models (CDMs) are slow. Large Vision Models (LVMs) are common.');
    expect(find(x, 'CDMs')).toMatchObject({ type: 'Technique' });
    expect(find(x, 'LVMs')).toBeUndefined();
  });

  it('drops generic leading modifiers of a known technique ("standard RLHF", "vanilla PPO" are RLHF and PPO)', () => {
    const x = run('Preferences', 'We compare against standard RLHF, vanilla PPO and conventional PPO. Our method replaces RLHF.');
    expect(names(x).filter((n) => /standard|vanilla|conventional/i.test(n))).toEqual([]);
    expect(find(x, 'RLHF')).toBeDefined();
    expect(find(x, 'PPO')).toBeDefined();
  });

  it('reads names the paper gives its own models as introduced', () => {
    const x = run(
      'Models',
      'We evaluate our fine-tuned model Orca-Tide. Our best model family, which we name Kestrel, outperforms all others. ' +
        'We call the resulting model QuillNet (Query-Unified Image-Language Linking Network). ' +
        'The new methods, which we call trust anchor optimization (TAO), are simple. Our Heron-3B model is fast.',
    );
    for (const n of ['Orca-Tide', 'Kestrel', 'QuillNet', 'TAO', 'Heron-3B']) expect(find(x, n)?.role, n).toBe('introduces');
  });

  it('reads a name the paper defines right after "our" as its own, but not a technique its model uses', () => {
    const x = run('Corpora', 'We train on our new Wide Open Web Corpus (WOWC). Our patch-wise grid transformer (PGT) is fast. Our model leverages grouped-query attention (GQA).');
    expect(find(x, 'WOWC')?.role).toBe('introduces');
    expect(find(x, 'PGT')?.role).toBe('introduces');
    expect(find(x, 'GQA')).toMatchObject({ type: 'Technique', role: 'uses' });
  });
});
