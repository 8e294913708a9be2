import { describe, expect, it } from 'vitest';
import { retryDelayMs, withReconnect, type RetryNotice } from '../../src/store/load.js';

/** What the driver throws when the server is gone. */
const unavailable = (): Error => Object.assign(new Error('Could not perform discovery. No routing servers available.'), { code: 'ServiceUnavailable' });

/** A batch write that fails with `failures` connection errors, then succeeds. */
function flaky(failures: number): { work: () => Promise<void>; calls: () => number } {
  let calls = 0;
  return {
    work: async () => {
      calls++;
      if (calls <= failures) throw unavailable();
    },
    calls: () => calls,
  };
}

const noWait = async (): Promise<void> => {};

describe('retrying a batch while Neo4j is unavailable', () => {
  it('announces each retry as it happens, with its number, the total and the wait', async () => {
    const notices: RetryNotice[] = [];
    const slept: number[] = [];
    const report = { interruptions: 0, retries: 0 };
    const batch = flaky(2);
    await withReconnect({ retries: 5, onRetry: (n) => notices.push(n), sleep: async (ms) => void slept.push(ms) }, report, batch.work);
    expect(notices.map(({ attempt, of, delayMs }) => ({ attempt, of, delayMs }))).toEqual([
      { attempt: 1, of: 5, delayMs: 1000 },
      { attempt: 2, of: 5, delayMs: 2000 },
    ]);
    expect((notices[0]!.error as { code: string }).code).toBe('ServiceUnavailable');
    expect(slept).toEqual([1000, 2000]);
    expect(batch.calls()).toBe(3);
  });

  it('counts one interruption per batch however many retries it took', async () => {
    const report = { interruptions: 0, retries: 0 };
    await withReconnect({ retries: 5, sleep: noWait }, report, flaky(3).work);
    await withReconnect({ retries: 5, sleep: noWait }, report, flaky(1).work);
    await withReconnect({ retries: 5, sleep: noWait }, report, flaky(0).work);
    expect(report).toEqual({ interruptions: 2, retries: 4 });
  });

  it('gives up with the last error after the last retry it announced', async () => {
    const notices: RetryNotice[] = [];
    const batch = flaky(Infinity);
    await expect(withReconnect({ retries: 3, onRetry: (n) => notices.push(n), sleep: noWait }, { interruptions: 0, retries: 0 }, batch.work)).rejects.toThrow(/No routing servers/);
    expect(notices.map((n) => `${n.attempt} of ${n.of}`)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(batch.calls()).toBe(4);
  });

  it('does not retry an error that is not about the connection', async () => {
    const notices: RetryNotice[] = [];
    const work = async () => {
      throw Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    };
    await expect(withReconnect({ retries: 5, onRetry: (n) => notices.push(n), sleep: noWait }, { interruptions: 0, retries: 0 }, work)).rejects.toThrow('syntax');
    expect(notices).toEqual([]);
  });

  it('waits 1, 2, 4, 8 and 16 s, then 16 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 16000]);
  });
});
