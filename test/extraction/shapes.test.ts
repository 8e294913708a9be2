import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, findExpansions } from '../../src/extraction/acronyms.js';
import { isNameShaped, suffixType } from '../../src/extraction/shapes.js';

describe('isNameShaped', () => {
  it('accepts CamelCase, digit-bearing, Greek and caret names', () => {
    for (const name of ['TinyBench', 'M4DocFuse', 'Qwen9.5-3B-Instruct-2M', 'μ-Eval', 'E^3-LLM', 'mFLUX-Owl3', 'LVX-3M', 'CLAMP', 'pixelKite', 'iFormer']) {
      expect(isNameShaped(name), name).toBe(true);
    }
  });

  it('reads a name whose letters spell a brand only when written as the brand is ("RT-X" a name, "RTX" a graphics card)', () => {
    expect(isNameShaped('RT-X')).toBe(true);
    expect(isNameShaped('RTX')).toBe(false);
  });

  it('rejects ordinary words, sizes, class acronyms and compound adjectives', () => {
    for (const word of ['benchmark', 'Models', '7B', '3D', 'LLMs', 'GPUs', 'Vision-Language', 'GPT-based', '2K-token', '4times', 'Video-LLMs', 'OpenAI']) {
      expect(isNameShaped(word), word).toBe(false);
    }
  });

  it('reads a capitalised word closed by "-QA" as a question set\'s name ("Kite-QA"), a modality\'s ("Video-QA") or a class\'s ("Video-LLM") as none', () => {
    for (const name of ['Kite-QA', 'Gym-QA']) expect(isNameShaped(name), name).toBe(true);
    for (const word of ['Video-QA', 'Multi-QA', 'Video-LLM']) expect(isNameShaped(word), word).toBe(false);
  });
  it('rejects a name joined to a participle compromise does not know ("RLCF-optimized LLMs", "GPU-optimized kernels")', () => {
    for (const word of ['RLCF-optimized', 'GPU-optimized', 'KiteNet-curated', 'LUT-quantized']) expect(isNameShaped(word), word).toBe(false);
    for (const name of ['KiteNet-Tuned', 'mPLUG-Owl3']) expect(isNameShaped(name), name).toBe(true);
  });
  it('rejects an amount with a unit ("200hrs", "16kHz") and a word whose capitals spell an acronym out ("STeering", "EXpert")', () => {
    for (const word of ['200hrs', '16kHz', '30mins', '4GB', 'STeering', 'EXpert', 'REcycling']) expect(isNameShaped(word), word).toBe(false);
    for (const name of ['GPT4o', 'SQLite', 'VAEformer', 'MMDetection', 'MInference']) expect(isNameShaped(name), name).toBe(true);
  });
  it('rejects a plain word joined to a class acronym ("human-LLM interaction", "multi-LLM debate")', () => {
    for (const word of ['human-LLM', 'multi-LLM', 'user-VLM']) expect(isNameShaped(word), word).toBe(false);
    for (const word of ['E^2-LLM', 'mPLUG-Owl']) expect(isNameShaped(word), word).toBe(true);
  });
  it('rejects a modality written solid before a plural class acronym ("CodeLLMs", "videoLMs"), not a coined family ("SeaLLMs")', () => {
    for (const word of ['CodeLLMs', 'AudioLLMs', 'SpeechLMs', 'videoLMs']) expect(isNameShaped(word), word).toBe(false);
    for (const name of ['SeaLLMs', 'TriLMs']) expect(isNameShaped(name), name).toBe(true);
  });
  it('rejects a class of models written as an acronym, VLAs as VLMs ("a VLA", "VLAs"), but keeps a model named with it ("OpenKite-VLA", "KiteVLA")', () => {
    for (const word of ['VLA', 'VLAs', 'VLM', 'MLLMs']) expect(isNameShaped(word), word).toBe(false);
    for (const name of ['OpenKite-VLA', 'KiteVLA', 'CoT-VLA']) expect(isNameShaped(name), name).toBe(true);
  });
  it('rejects the domain of a task ("VL tasks", "OOD tasks", "STEM tasks") but keeps a model tagged with it ("Florence-VL")', () => {
    for (const word of ['VL', 'OOD', 'IID', 'STEM']) expect(isNameShaped(word), word).toBe(false);
    expect(isNameShaped('Florence-VL')).toBe(true);
  });
  it('rejects accelerators and parts named by their role ("L40S", "A100-80GB", "KV")', () => {
    for (const word of ['RTX5090', 'L40S', 'A100-80GB', 'MI300X', 'H200', 'KV', 'QKV']) expect(isNameShaped(word), word).toBe(false);
    // Model names of the same shape stay names.
    for (const name of ['H2O', 'Mamba2', 'A2C-9']) expect(isNameShaped(name), name).toBe(true);
  });

  it('accepts one capital letter joined to a capitalised word as a coined name ("K-Reducer"), not a lower-case compound', () => {
    for (const name of ['K-Reducer', 'Q-Filters']) expect(isNameShaped(name), name).toBe(true);
    for (const word of ['K-means', 'X-ray']) expect(isNameShaped(word), word).toBe(false);
  });

  it('accepts a capitalised word with a tuning tag as a released model\'s name ("Dream-Instruct"), not a plain compound', () => {
    expect(isNameShaped('Dream-Instruct')).toBe(true);
    expect(isNameShaped('Orca-Chat')).toBe(true);
    expect(isNameShaped('Vision-Language')).toBe(false);
  });

  it('rejects the licences a release is under ("CC-BY-4.0", "Apache-2.0", "OpenRAIL-M", "GPLv3")', () => {
    for (const word of ['CC-BY-4.0', 'CC-BY-NC-SA-4.0', 'Apache-2.0', 'OpenRAIL-M', 'GPLv3']) expect(isNameShaped(word), word).toBe(false);
    for (const name of ['CCNet', 'GPT-4', 'ApacheBench']) expect(isNameShaped(name), name).toBe(true);
  });
});

describe('suffixType', () => {
  it('types unknown names by their ending', () => {
    expect(suffixType('OrbitBench')).toBe('Benchmark');
    expect(suffixType('Chart-VQA')).toBe('Benchmark');
    expect(suffixType('PlanEval-2405')).toBe('Benchmark');
    expect(suffixType('Falcon-VL')).toBe('Model');
    expect(suffixType('Lynx-13B')).toBe('Model');
    expect(suffixType('Page-RAG')).toBe('Technique');
    expect(suffixType('FoldKV')).toBe('Technique');
    expect(suffixType('Plainname')).toBeNull();
  });

  it('keeps a benchmark\'s name with a tier or subset behind it a benchmark ("OrbitBench-Mini", "PlanEval-Pro"), not a release', () => {
    expect(suffixType('OrbitBench-Mini')).toBe('Benchmark');
    expect(suffixType('PlanEval-Pro')).toBe('Benchmark');
    expect(suffixType('Lynx-Mini')).toBe('Model');
  });

  it('reads a capitalised "Corpus" closing a name as a data set ("OrbitCorpus", "Kite-Corpus"), not the word alone', () => {
    expect(suffixType('OrbitCorpus')).toBe('Dataset');
    expect(suffixType('Kite-Corpus')).toBe('Dataset');
    expect(suffixType('Corpus')).toBeNull();
  });

  it('reads a name with a tier word behind it ("-Lite", "-Max", "-Flash") as the name without it', () => {
    expect(suffixType('Orca-Coder-Lite')).toBe('Model');
    expect(suffixType('TripArena-Lite')).toBe('Benchmark');
    expect(suffixType('Lynx-VL-Max')).toBe('Model');
    expect(suffixType('Plainname-Flash')).toBeNull();
  });

  it('leaves a coined "-Instruct" name without size or version to its context ("Kite-Instruct"), a sized one a model ("Kite-7B-Instruct")', () => {
    expect(suffixType('Kite-Instruct')).toBeNull();
    expect(suffixType('Kite-7B-Instruct')).toBe('Model');
    expect(suffixType('Kite-Instruct-v2')).toBe('Model');
  });

  it('reads a test or exam ending only as a word of its own ("ARC-Challenge", "MedExam"; not "Orca-latest")', () => {
    expect(suffixType('Plan-Challenge')).toBe('Benchmark');
    expect(suffixType('MedExam')).toBe('Benchmark');
    expect(suffixType('Orca Test')).toBe('Benchmark');
    expect(suffixType('Orca-latest')).toBeNull();
    expect(suffixType('Quickest')).toBeNull();
  });

  it('reads an "eval" ending only as a word of its own ("OrcaEval", "Med-Eval"; not "DeepRetrieval")', () => {
    expect(suffixType('OrcaEval')).toBe('Benchmark');
    expect(suffixType('Med-Eval')).toBe('Benchmark');
    expect(suffixType('DeepRetrieval')).toBeNull();
    expect(suffixType('KiteRetrieval')).toBeNull();
  });

  it('types a name behind a trailing plus, a benchmark name with a subset behind it and an "-o1" tag ("KiteGPT+", "OrbitBench-Diverse", "KiteV-o1")', () => {
    expect(suffixType('KiteGPT+')).toBe('Model');
    expect(suffixType('PlanEval+')).toBe('Benchmark');
    expect(suffixType('OrbitBench-Diverse')).toBe('Benchmark');
    expect(suffixType('OrbitBench-7B')).toBe('Model');
    expect(suffixType('KiteV-o1')).toBe('Model');
  });
});

describe('findAcronymDefinitions', () => {
  const defs = (text: string) => findAcronymDefinitions(text, 0, text.length).map((d) => [d.long.text, d.short.text]);

  it('leaves the quotes around a long form out of it', () => {
    expect(defs('The "Summary of a Stack" (SummS) task is hard.')).toEqual([['Summary of a Stack', 'SummS']]);
  });

  it('reads a bracketed variant of a name the clause opens with as no abbreviation ("KiteVerse turns maps into actions via a head (KiteVerse-A)"), and keeps a word-led one ("Visual Quill Tuning (Visual-QT)")', () => {
    expect(defs('KiteVerse turns scene maps into robot actions via a policy head (KiteVerse-A).')).toEqual([]);
    expect(defs('Q7-Bench comprises 100 newly recorded videos captured from a robot perspective (Q7-Bench-robot).')).toEqual([]);
    expect(defs('We propose Visual Quill Tuning (Visual-QT) for charts.')).toEqual([['Visual Quill Tuning', 'Visual-QT']]);
  });

  it('finds the long form a short form abbreviates, with offsets', () => {
    const text = 'We study chart visual question answering (ChartVQA) at scale.';
    const [d] = findAcronymDefinitions(text, 0, text.length);
    expect(d && text.slice(d.long.start, d.long.end)).toBe('chart visual question answering');
    expect(d && text.slice(d.short.start, d.short.end)).toBe('ChartVQA');
  });

  it('handles nested acronyms whose long form holds another acronym', () => {
    expect(defs('A multi-modal RAG pipeline (MM-RAG) and graph retrieval-augmented generation (GRAG) are compared.')).toEqual([
      ['multi-modal RAG pipeline', 'MM-RAG'],
      ['graph retrieval-augmented generation', 'GRAG'],
    ]);
  });

  it('reads a name followed by its expansion, and ignores other brackets after names', () => {
    const text = 'We train SWAN-7B (Sliding Window Attention Network) and compare GPT-9 (released 2031).';
    expect(findExpansions(text, 0, text.length).map((d) => [d.short.text, d.long.text])).toEqual([['SWAN-7B', 'Sliding Window Attention Network']]);
  });

  it('ignores brackets that are not short forms', () => {
    expect(defs('Accuracy rises (see below) and (2024) too.')).toEqual([]);
  });
});
