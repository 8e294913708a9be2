import { beforeEach, describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ count: 2 }));
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores.count }));

const { defaultWorkers } = await import('../../src/extraction/parallel.js');

describe('defaultWorkers', () => {
  beforeEach(() => {
    cores.count = 2;
  });

  it('extracts in the reading thread on two cores, where one worker would only add its warm-up', () => {
    expect(defaultWorkers()).toBe(1);
    cores.count = 1;
    expect(defaultWorkers()).toBe(1);
  });

  it('leaves one core to the reading thread when that still makes two or more workers', () => {
    cores.count = 3;
    expect(defaultWorkers()).toBe(2);
    cores.count = 16;
    expect(defaultWorkers()).toBe(15);
  });
});
