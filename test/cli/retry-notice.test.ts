import { describe, expect, it } from 'vitest';
import { retryNotice, retryReporter } from '../../src/cli/retry-notice.js';

const refused = Object.assign(new Error('Failed to connect to server. Please ensure that your database is listening on the correct host and port\nCaused by: connect ECONNREFUSED 127.0.0.1:7687'), {
  code: 'ServiceUnavailable',
});

describe('papergraph load: the line each retry prints', () => {
  it('says Neo4j is unavailable and why, which retry of how many and when, and that written papers are kept', () => {
    expect(retryNotice('load', { attempt: 2, of: 5, delayMs: 2000, error: refused })).toBe(
      'papergraph: load: Neo4j unavailable (Failed to connect to server. Please ensure that your database is listening on the correct host and port); ' +
        'retry 2 of 5 in 2 s — papers already written are kept',
    );
  });

  it('says Neo4j is busy, not unavailable, when the server answered with a transient error', () => {
    const deadlock = Object.assign(new Error('ForsetiClient[1] can not acquire ExclusiveLock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(retryNotice('load', { attempt: 1, of: 10, delayMs: 1000, error: deadlock })).toMatch(/^papergraph: load: Neo4j busy \(ForsetiClient/);
  });

  it('keeps a long reason to one short line', () => {
    const line = retryNotice('load', { attempt: 1, of: 5, delayMs: 1000, error: new Error('x'.repeat(1000)) });
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(300);
  });
});

describe('papergraph load: the closing line after retries', () => {
  const deadlock = Object.assign(new Error('ForsetiClient[1] can not acquire ExclusiveLock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });

  it('says busy, as the notices did, when every retry met a transient error', () => {
    const notes: string[] = [];
    const reporter = retryReporter('load', (line) => notes.push(line));
    reporter.onRetry({ attempt: 1, of: 10, delayMs: 1000, error: deadlock });
    expect(notes).toHaveLength(1);
    expect(reporter.summary({ interruptions: 1, retries: 1 })).toBe('papergraph: load: Neo4j was busy while writing 1 batch; 1 retry wrote them');
  });

  it('names both states when the retries met both', () => {
    const reporter = retryReporter('load', () => undefined);
    reporter.onRetry({ attempt: 1, of: 10, delayMs: 1000, error: refused });
    reporter.onRetry({ attempt: 1, of: 10, delayMs: 1000, error: deadlock });
    expect(reporter.summary({ interruptions: 2, retries: 2 })).toBe('papergraph: load: Neo4j was busy or unavailable while writing 2 batches; 2 retries wrote them');
  });

  it('prints no closing line when nothing was retried', () => {
    expect(retryReporter('load', () => undefined).summary({ interruptions: 0, retries: 0 })).toBeUndefined();
  });
});
