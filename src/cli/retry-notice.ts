import type { RetryNotice } from '../store/load.js';

/**
 * The line a retry prints as it happens: without it a load whose server died sits silent for
 * minutes before it gives up. The driver's reason is cut to its first line; it can run long.
 */
export function retryNotice(command: string, retry: RetryNotice): string {
  const message = retry.error instanceof Error ? retry.error.message : String(retry.error);
  const reason = (message.split('\n')[0] ?? '').trim();
  const short = reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
  // A transient error (a deadlock, a lock wait) comes from a server that is up.
  const state = String((retry.error as { code?: unknown }).code ?? '').startsWith('Neo.TransientError') ? 'busy' : 'unavailable';
  return `papergraph: ${command}: Neo4j ${state} (${short}); retry ${retry.attempt} of ${retry.of} in ${retry.delayMs / 1000} s — papers already written are kept`;
}
