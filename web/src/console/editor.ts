/**
 * The console's Cypher editor: CodeMirror 6 with our Cypher stream mode for highlighting, a
 * completion source, history, Ctrl/Cmd+Enter to run, and a mark at the position of an error.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type CompletionSource } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { EditorSelection, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, placeholder, type DecorationSet } from '@codemirror/view';
import { cypherMode } from './cypher-mode.js';

export interface CypherEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Underlines the character at `offset` (clamped to the text) and moves the cursor there. */
  markError(offset: number): void;
  clearError(): void;
  destroy(): void;
}

const setError = StateEffect.define<number | null>();

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      if (effect.value === null) next = Decoration.none;
      else {
        const length = tr.state.doc.length;
        const from = Math.min(effect.value, Math.max(0, length - 1));
        const to = Math.min(length, from + 1);
        next = to > from ? Decoration.set([Decoration.mark({ class: 'cm-cypher-error' }).range(from, to)]) : Decoration.none;
      }
    }
    return tr.docChanged ? Decoration.none : next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function createEditor(parent: HTMLElement, options: { doc: string; onRun: () => void; onChange: () => void; complete: CompletionSource }): CypherEditor {
  const run = (): boolean => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        closeBrackets(),
        bracketMatching(),
        StreamLanguage.define(cypherMode),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [options.complete], activateOnTyping: true }),
        placeholder('MATCH (p:Paper)-[:EVALUATES]->(b:Benchmark) RETURN p, b LIMIT 25'),
        keymap.of([{ key: 'Mod-Enter', run }, ...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange();
        }),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
        errorField,
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(text.length) }),
    markError: (offset) => {
      const at = Math.min(Math.max(0, offset), view.state.doc.length);
      view.dispatch({ effects: setError.of(at), selection: EditorSelection.cursor(at), scrollIntoView: true });
    },
    clearError: () => view.dispatch({ effects: setError.of(null) }),
    destroy: () => view.destroy(),
  };
}
