import type { ExtractedPaper } from '../../src/extraction/types.js';
import { paper } from '../support/paper-fixture.js';

export { paper, type EntitySpec } from '../support/paper-fixture.js';

export const XSS_TITLE = '<img src=x onerror=alert(1)> Long video agents';

/** Two topics (long-context KV cache, long video) joined weakly, with results and a model family. */
export function fixtureCorpus(): ExtractedPaper[] {
  return [
    paper('2308.14508', 'LongBench: A Bilingual, Multitask Benchmark for Long Context Understanding',
      'We introduce LongBench, a benchmark for long context understanding. GPT-4 reaches 44.5 on LongBench.',
      [
        { name: 'LongBench', type: 'Benchmark', role: 'introduces', aliases: ['Long Bench'] },
        { name: 'GPT-4', type: 'Model', role: 'evaluates' },
      ],
      [{ subject: 'GPT-4', benchmark: 'LongBench', metric: 'average score', value: 44.5, unit: null, compared_to: null }]),
    paper('2404.14469', 'SnapKV: LLM Knows What You are Looking for Before Generation',
      'SnapKV compresses the KV cache of Llama-2 7B. On LongBench SnapKV scores 42.1 with KV cache compression.',
      [
        { name: 'SnapKV', type: 'Technique', role: 'introduces' },
        { name: 'KV cache compression', type: 'Technique', role: 'uses' },
        { name: 'KV cache', type: 'Technique', role: 'uses' },
        { name: 'LongBench', type: 'Benchmark', role: 'evaluates' },
        { name: 'Llama-2 7B', type: 'Model', role: 'uses', family: 'Llama-2' },
      ],
      [{ subject: 'SnapKV', benchmark: 'LongBench', metric: 'average score', value: 42.1, unit: null, compared_to: null }]),
    paper('2306.14048', 'H2O: Heavy-Hitter Oracle for Efficient Generative Inference',
      'H2O evicts tokens from the KV cache. It keeps 38.2 on LongBench with Llama-2 7B and GPT-4 as judge.',
      [
        { name: 'H2O', type: 'Technique', role: 'introduces' },
        { name: 'KV cache', type: 'Technique', role: 'uses' },
        { name: 'LongBench', type: 'Benchmark', role: 'evaluates' },
        { name: 'Llama-2 7B', type: 'Model', role: 'uses', family: 'Llama-2' },
        { name: 'GPT-4', type: 'Model', role: 'mentions', confidence: 0.5 },
      ],
      [{ subject: 'H2O', benchmark: 'LongBench', metric: 'average score', value: 38.2, unit: null, compared_to: 'SnapKV' }]),
    paper('2412.15204', 'LongBench v2: Towards Deeper Understanding and Reasoning on Realistic Long-context Multitasks',
      'LongBench v2 extends LongBench with harder tasks. GPT-4 scores 50.1 on LongBench v2.',
      [
        { name: 'LongBench v2', type: 'Benchmark', role: 'introduces' },
        { name: 'LongBench', type: 'Benchmark', role: 'mentions' },
        { name: 'GPT-4', type: 'Model', role: 'evaluates' },
      ],
      [{ subject: 'GPT-4', benchmark: 'LongBench v2', metric: 'accuracy', value: 50.1, unit: '%', compared_to: null }]),
    paper('2405.21075', 'Video-MME: The First-Ever Comprehensive Evaluation Benchmark of Multi-modal LLMs in Video Analysis',
      'We introduce Video-MME for long video understanding. Qwen2-VL 7B reaches 63.3 on Video-MME.',
      [
        { name: 'Video-MME', type: 'Benchmark', role: 'introduces' },
        { name: 'long video understanding', type: 'Task', role: 'uses' },
        { name: 'Qwen2-VL 7B', type: 'Model', role: 'evaluates', family: 'Qwen2-VL' },
      ],
      [{ subject: 'Qwen2-VL 7B', benchmark: 'Video-MME', metric: 'accuracy', value: 63.3, unit: '%', compared_to: null }]),
    paper('2501.00001', XSS_TITLE,
      'Agents for long video understanding evaluated on Video-MME with Qwen2-VL 7B.',
      [
        { name: 'Video-MME', type: 'Benchmark', role: 'evaluates' },
        { name: 'long video understanding', type: 'Task', role: 'uses' },
        { name: 'Qwen2-VL 7B', type: 'Model', role: 'uses', family: 'Qwen2-VL' },
        { name: 'GPT-4', type: 'Model', role: 'mentions', confidence: 0.4 },
      ]),
  ];
}
