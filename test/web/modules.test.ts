/** The explorer's pure modules (no browser needed): URL state, mention segments, GraphML, labels. */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/server/api-types.js';
import { writeGraphml } from '../../web/src/export/graphml.js';
import { createGraph } from '../../web/src/graph/model.js';
import { createLabelDrawer, paperShortLabel } from '../../web/src/render/labels.js';
import { INITIAL_STATE, type ViewState } from '../../web/src/state.js';
import { segmentByNames, segmentText } from '../../web/src/ui/highlight.js';
import { decodeState, encodeState } from '../../web/src/url-state.js';

describe('URL state', () => {
  it('round-trips every part of the view', () => {
    const state: ViewState = {
      selected: 'e:Benchmark:longbench',
      hiddenTypes: new Set(['Metric', 'Task']),
      hiddenRoles: new Set(['mentions']),
      focus: { id: 'p:2407.01523', hops: 2 },
      colorBy: 'community',
      minDegree: 3,
      minConfidence: 0.8,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('drops values it does not know instead of trusting the URL', () => {
    const state = decodeState('?hide=Metric,Bogus&roles=-nope,-uses&hops=7&focus=e:Model:x&color=rainbow&deg=-4');
    expect([...state.hiddenTypes]).toEqual(['Metric']);
    expect([...state.hiddenRoles]).toEqual(['uses']);
    expect(state.focus).toEqual({ id: 'e:Model:x', hops: 1 });
    expect(state.colorBy).toBe('type');
    expect(state.minDegree).toBe(1);
    expect(decodeState('?conf=abc').minConfidence).toBe(0);
    expect(decodeState('?conf=-1').minConfidence).toBe(0);
    expect(decodeState('?conf=2').minConfidence).toBe(0.95);
    expect(decodeState('?conf=0.83').minConfidence).toBe(0.85);
  });
});

describe('mention segments', () => {
  const mark = (start: number, end: number, field: Mark['field'] = 'abstract'): Mark => ({ field, start, end, id: 'e:Model:m', type: 'Model', role: 'uses' });

  it('splits the text into plain runs and marked mentions', () => {
    const text = 'We use GPT-4 on LongBench.';
    const segments = segmentText(text, [mark(7, 12), mark(16, 25)], 'abstract');
    expect(segments.map((s) => [s.text, Boolean(s.mark)])).toEqual([
      ['We use ', false],
      ['GPT-4', true],
      [' on ', false],
      ['LongBench', true],
      ['.', false],
    ]);
  });

  it('never loses or repeats text, whatever the offsets', () => {
    const text = 'abcdefghij';
    const marks = [mark(2, 5), mark(3, 8), mark(8, 30), mark(-1, 2), mark(6, 6), mark(0, 3, 'title')];
    expect(segmentText(text, marks, 'abstract').map((s) => s.text).join('')).toBe(text);
  });
});

describe('names in evidence sentences', () => {
  it('marks every occurrence, case-insensitively, longest name first, with regex characters taken literally', () => {
    const parts = segmentByNames('GPT-4o beats gpt-4 and C++ (v2.0) on LongBench.', ['GPT-4', 'GPT-4o', 'C++ (v2.0)', 'x']);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['GPT-4o', 'gpt-4', 'C++ (v2.0)']);
    expect(parts.map((p) => p.text).join('')).toBe('GPT-4o beats gpt-4 and C++ (v2.0) on LongBench.');
  });

  it('returns the sentence whole when there is no name to mark', () => {
    expect(segmentByNames('Nothing here.', [])).toEqual([{ text: 'Nothing here.', hit: false }]);
  });
});

describe('GraphML export', () => {
  it('escapes markup in labels and writes only the included nodes and their edges', () => {
    const graph = createGraph();
    const base = { kind: 'paper' as const, nodeType: 'Paper' as const, type: 'paper' as const, x: 0, y: 0, size: 3, degree: 1, community: 0, color: '#000', communityColor: '#111' };
    graph.addNode('p:1', { ...base, label: 'A <img src=x onerror=alert(1)> & "B"' });
    graph.addNode('e:Model:m', { ...base, kind: 'entity', nodeType: 'Model', type: 'circle', label: 'M' });
    graph.addNode('e:Model:hidden', { ...base, kind: 'entity', nodeType: 'Model', type: 'circle', label: 'H' });
    graph.addDirectedEdgeWithKey('p:1->e:Model:m', 'p:1', 'e:Model:m', { kind: 'uses', confidence: 0.9, size: 1, color: '#ccc' });
    graph.addDirectedEdgeWithKey('p:1->e:Model:hidden', 'p:1', 'e:Model:hidden', { kind: 'uses', confidence: 0.9, size: 1, color: '#ccc' });
    const xml = writeGraphml(graph, (node) => node !== 'e:Model:hidden');
    expect(xml).toContain('<data key="label">A &lt;img src=x onerror=alert(1)&gt; &amp; &quot;B&quot;</data>');
    expect(xml).not.toContain('<img');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain('<data key="role">uses</data>');
  });

  it('leaves out the links the view hides, such as weak ones', () => {
    const graph = createGraph();
    const base = { kind: 'entity' as const, nodeType: 'Model' as const, type: 'circle' as const, x: 0, y: 0, size: 3, degree: 1, community: 0, color: '#000', communityColor: '#111' };
    graph.addNode('p:1', { ...base, kind: 'paper', nodeType: 'Paper', type: 'paper', label: 'P' });
    graph.addNode('e:Model:strong', { ...base, label: 'S' });
    graph.addNode('e:Model:weak', { ...base, label: 'W' });
    graph.addDirectedEdgeWithKey('p:1->e:Model:strong', 'p:1', 'e:Model:strong', { kind: 'uses', confidence: 0.95, size: 1, color: '#ccc' });
    graph.addDirectedEdgeWithKey('p:1->e:Model:weak', 'p:1', 'e:Model:weak', { kind: 'uses', confidence: 0.55, size: 1, color: '#ccc' });
    const xml = writeGraphml(graph, () => true, (attrs) => attrs.confidence >= 0.9);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain('source="p:1" target="e:Model:strong"');
  });
});

describe('paper labels on the canvas', () => {
  it('uses the name before the colon, else a shortened title', () => {
    expect(paperShortLabel('ShadowKV: KV Cache in Shadows for High-Throughput Long-Context LLM Inference')).toBe('ShadowKV');
    expect(paperShortLabel('Efficiently Training 7B LLM with 1 Million Sequence Length on 8 GPUs')).toBe('Efficiently Training 7B LLM wit…');
  });

  it('draws a label that would run past the right edge on the left of its node', () => {
    // A 400-pixel canvas whose font is 6 pixels a character; the drawer records where each label starts.
    const starts: number[] = [];
    const context = {
      canvas: { width: 400 },
      measureText: (text: string) => ({ width: text.length * 6 }),
      strokeText: () => undefined,
      fillText: (_text: string, x: number) => starts.push(x),
    } as unknown as CanvasRenderingContext2D;
    const settings = { labelSize: 12, labelFont: 'sans-serif', labelWeight: '500' };
    const labels = createLabelDrawer();
    labels.draw(context, { x: 100, y: 50, size: 5, label: 'LongBench', color: '#000' }, settings);
    labels.draw(context, { x: 380, y: 150, size: 5, label: 'RULER benchmark', color: '#000' }, settings);
    expect(starts).toEqual([109, 380 - 9 - 15 * 6]);
  });
});
