import type { LoadReport, RetryNotice } from '../store/load.js';
import { counted } from './counted.js';

type Neo4jState = 'busy' | 'unavailable';

/** A transient error (a deadlock, a lock wait) comes from a server that is up. */
function neo4jState(error: unknown): Neo4jState {
  return String((error as { code?: unknown }).code ?? '').startsWith('Neo.TransientError') ? 'busy' : 'unavailable';
}

/**
 * The line a retry prints as it happens: without it a load whose server died sits silent for
 * minutes before it gives up. The driver's reason is cut to its first line; it can run long.
 */
export function retryNotice(command: string, retry: RetryNotice): string {
  const message = retry.error instanceof Error ? retry.error.message : String(retry.error);
  const reason = (message.split('\n')[0] ?? '').trim();
  const short = reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
  return `papergraph: ${command}: Neo4j ${neo4jState(retry.error)} (${short}); retry ${retry.attempt} of ${retry.of} in ${retry.delayMs / 1000} s — papers already written are kept`;
}

export interface RetryReporter {
  onRetry(retry: RetryNotice): void;
  /** One closing line for the whole run, naming the states its retries met; undefined when none. */
  summary(report: Pick<LoadReport, 'interruptions' | 'retries'>): string | undefined;
}

/** Prints each retry through `note` and remembers why, so the closing line says the same as the notices did. */
export function retryReporter(command: string, note: (line: string) => void): RetryReporter {
  const states = new Set<Neo4jState>();
  return {
    onRetry(retry) {
      states.add(neo4jState(retry.error));
      note(retryNotice(command, retry));
    },
    summary(report) {
      if (report.interruptions === 0) return undefined;
      const state = [...states].sort().join(' or ');
      return `papergraph: ${command}: Neo4j was ${state} while writing ${counted(report.interruptions, 'batch', 'batches')}; ${counted(report.retries, 'retry', 'retries')} wrote them`;
    },
  };
}
