import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** Runs `body` with stderr (and stdout) captured, stderr made to look like a terminal or not. */
function capture(tty: boolean, body: () => void): { err: string; out: string } {
  const err: string[] = [];
  const out: string[] = [];
  const wasTTY = process.stderr.isTTY;
  Object.defineProperty(process.stderr, 'isTTY', { value: tty, configurable: true });
  const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  const writeOut = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  try {
    body();
  } finally {
    writeErr.mockRestore();
    writeOut.mockRestore();
    Object.defineProperty(process.stderr, 'isTTY', { value: wasTTY, configurable: true });
  }
  return { err: err.join(''), out: out.join('') };
}

afterEach(() => {
  delete process.env.PAPERGRAPH_QUIET;
});

describe('Progress.note', () => {
  it('on a terminal clears the progress line, prints the message on its own line, and draws the bar again below it', () => {
    const { err, out } = capture(true, () => {
      const progress = new Progress('load', undefined, 'papers');
      progress.tick(500);
      progress.note('papergraph: load: Neo4j unavailable (refused); retry 1 of 5 in 1 s — papers already written are kept');
    });
    const parts = err.split('\r\x1b[2K');
    // [before the first draw, the bar, the message then the bar redrawn]
    expect(parts[1]).toMatch(/^load {2}500 papers/);
    expect(parts[2]).toBe('papergraph: load: Neo4j unavailable (refused); retry 1 of 5 in 1 s — papers already written are kept\n');
    expect(parts[3]).toMatch(/^load {2}500 papers {2}[\d.]+\/s$/);
    expect(out).toBe('');
  });

  it('off a terminal prints just the message line, and still does under PAPERGRAPH_QUIET (it is a problem, not progress)', () => {
    process.env.PAPERGRAPH_QUIET = '1';
    const { err, out } = capture(false, () => {
      const progress = new Progress('load', undefined, 'papers');
      progress.tick(500);
      progress.note('retry 1 of 5');
    });
    expect(err).toBe('retry 1 of 5\n');
    expect(out).toBe('');
  });
});
