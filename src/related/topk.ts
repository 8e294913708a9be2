/**
 * The k best candidates by score, best first, without sorting every candidate: a bounded
 * min-heap keeps the current top k, so selecting from 100,000 scored papers is O(n log k).
 */
export function topK(candidates: ArrayLike<number>, scoreOf: (candidate: number) => number, k: number): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const scores: number[] = [];
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  };
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && scores[l]! < scores[least]!) least = l;
      if (r < heap.length && scores[r]! < scores[least]!) least = r;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    const score = scoreOf(candidate);
    if (heap.length < k) {
      heap.push(candidate);
      scores.push(score);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (scores[parent]! <= scores[i]!) break;
        swap(i, parent);
        i = parent;
      }
    } else if (score > scores[0]!) {
      heap[0] = candidate;
      scores[0] = score;
      siftDown(0);
    }
  }
  return heap.map((candidate, i) => ({ candidate, score: scores[i]! })).sort((a, b) => b.score - a.score || a.candidate - b.candidate).map((x) => x.candidate);
}
