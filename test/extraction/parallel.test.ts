import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/reading/paper.js';
import type { extractAll as ExtractAll } from '../../src/extraction/parallel.js';

// Worker threads run compiled JavaScript, so the pool is tested from dist/ (npm test builds it first).
const BUILT = fileURLToPath(new URL('../../dist/src/extraction/parallel.js', import.meta.url));

async function load(): Promise<typeof ExtractAll> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` first`);
  return ((await import(BUILT)) as { extractAll: typeof ExtractAll }).extractAll;
}

const NAMES = ['GPT-4o', 'Llama 2', 'LongBench', 'RULER', 'RoPE', 'FlashAttention', 'MMLU', 'Qwen2-VL 7B'];

/** Generated papers naming different things, counted as they are pulled. */
function source(count: number): { papers: AsyncGenerator<Paper>; pulled: () => number } {
  let pulled = 0;
  async function* papers(): AsyncGenerator<Paper> {
    for (let i = 0; i < count; i++) {
      pulled++;
      const a = NAMES[i % NAMES.length]!;
      const b = NAMES[(i * 3 + 1) % NAMES.length]!;
      yield {
        id: `t-${i}`,
        title: `Paper ${i}: ${a} meets ${b}`,
        abstract: `We introduce Method${i}, built upon ${a}. Evaluated on ${b}, it improves accuracy by ${i % 17}.${i % 10}% over ${a}.`,
        source: 'generated',
      };
    }
  }
  return { papers: papers(), pulled: () => pulled };
}

async function run(count: number, options: Parameters<typeof ExtractAll>[1]): Promise<string[]> {
  const extractAll = await load();
  const out: string[] = [];
  for await (const { paper, outcome } of extractAll(source(count).papers, options)) out.push(`${paper.id} ${JSON.stringify(outcome)}`);
  return out;
}

describe('extractAll', () => {
  it('gives the same outcomes in input order with worker threads as in one thread', async () => {
    const single = await run(300, { workers: 1 });
    expect(single).toHaveLength(300);
    expect(single.map((line) => line.split(' ')[0])).toEqual(Array.from({ length: 300 }, (_, i) => `t-${i}`));
    expect(await run(300, { workers: 2, batchSize: 7 })).toEqual(single);
    // Automatic choice, below and past the threshold (past it, the default worker count: one thread on two cores).
    expect(await run(300, { threshold: 100 })).toEqual(single);
    expect(await run(300, { threshold: 500 })).toEqual(single);
  });

  it('reads ahead only a bounded number of batches while the consumer is busy', async () => {
    const extractAll = await load();
    const { papers, pulled } = source(5000);
    const results = extractAll(papers, { workers: 2, batchSize: 8 });
    const first = await results.next();
    expect(first.value?.paper.id).toBe('t-0');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // 2 workers x 2 batches in flight + the batch being handed out, 8 papers each.
    expect(pulled()).toBeLessThanOrEqual(5 * 8);
    await results.return(undefined);
  });
});
