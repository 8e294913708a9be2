/**
 * The console panel: saved queries as one-click examples, the editor, a field per `$parameter`,
 * and the result as a table or a graph; errors show Neo4j's message and mark its position.
 */
import { tokenize } from '../../../src/store/console/lexer.js';
import { paramValueFromText } from '../../../src/store/console/param-text.js';
import type { CypherResponse, SavedQueryInfo } from '../../../src/store/console/types.js';
import { clear, el } from '../ui/dom.js';
import { CypherError, hasNeo4j, runCypher, savedQueries } from './api.js';
import { cypherCompletion, EMPTY_SCHEMA, SCHEMA_QUERY, schemaFromRows, type Schema } from './completion.js';
import { createEditor, type CypherEditor } from './editor.js';
import { renderGraph, type ResultSigma } from './results-graph.js';
import { renderTable } from './results-table.js';
import './console.css';

type View = 'table' | 'graph';
type DeclaredParameter = SavedQueryInfo['parameters'][number];

export class ConsolePanel {
  readonly element: HTMLElement;
  private readonly editor: CypherEditor;
  private readonly savedList = el('div', { className: 'console-saved', attrs: { 'aria-label': 'Saved queries' } });
  /** The loaded example's question, so the query on screen says what it answers. */
  private readonly question = el('p', { className: 'console-question', attrs: { hidden: '' } });
  private readonly paramsBox = el('div', { className: 'console-params' });
  private readonly status = el('div', { className: 'console-status', attrs: { role: 'status' } });
  private readonly errorBox = el('div', { className: 'console-error', attrs: { role: 'alert', hidden: '' } });
  private readonly viewButtons: Record<View, HTMLButtonElement>;
  private readonly runButton: HTMLButtonElement;
  private readonly results = el('div', { className: 'console-results' });
  private schema: Schema = EMPTY_SCHEMA;
  /** True once labels, types and keys have arrived for completion (tests wait for it). */
  schemaLoaded = false;
  private paramNames: string[] = [];
  /** Raw text of each parameter field, kept while the query is edited. */
  private readonly paramText = new Map<string, string>();
  /** The loaded saved query's parameters: the type decides how text is read (text stays text for a `string`). */
  private declared = new Map<string, DeclaredParameter>();
  private response: CypherResponse | null = null;
  private view: View = 'table';
  private graphView: ResultSigma | null = null;
  private running: AbortController | null = null;
  private readonly lifetime = new AbortController();

  constructor(private readonly openNode: (graphId: string) => void) {
    this.runButton = el('button', { className: 'button console-run', attrs: { type: 'button', title: 'Run (Ctrl+Enter)' }, on: { click: () => void this.run() } }, 'Run');
    this.viewButtons = {
      table: el('button', { className: 'button small active', attrs: { type: 'button' }, on: { click: () => this.show('table') } }, 'Table'),
      graph: el('button', { className: 'button small', attrs: { type: 'button' }, on: { click: () => this.show('graph') } }, 'Graph'),
    };
    const editorHost = el('div', { className: 'console-editor' });
    this.element = el(
      'div',
      { className: 'console' },
      el('p', { className: 'console-intro muted' }, 'Read-only Cypher on the graph in Neo4j. Ctrl+Enter runs; writes, dbms.* and LOAD CSV are refused.'),
      this.savedList,
      this.question,
      editorHost,
      this.paramsBox,
      el('div', { className: 'console-actions' }, this.runButton, this.status, el('div', { className: 'console-views' }, this.viewButtons.table, this.viewButtons.graph)),
      this.errorBox,
      this.results,
    );
    this.editor = createEditor(editorHost, {
      doc: '',
      onRun: () => void this.run(),
      onChange: () => {
        this.syncParams();
        this.question.hidden = true; // the query on screen is no longer the example's
      },
      complete: cypherCompletion(() => this.schema, () => this.paramNames),
    });
    void this.loadSaved();
    void this.checkNeo4j();
  }

  /** Without a Neo4j every query is refused: say so once, up front, instead of a 503 per run. */
  private async checkNeo4j(): Promise<void> {
    if (await hasNeo4j(this.lifetime.signal).catch(() => true)) {
      await this.loadSchema();
      return;
    }
    this.runButton.disabled = true;
    this.status.textContent =
      'Unavailable here: this server serves the graph from memory, with no Neo4j. To run Cypher, load the papers into Neo4j and start the server with NEO4J_URI set (README, "Getting Neo4j"). The saved queries below can still be read.';
    this.status.classList.add('warn');
  }

  destroy(): void {
    this.lifetime.abort();
    this.running?.abort();
    this.graphView?.kill();
    this.editor.destroy();
    this.element.remove();
  }

  /** Puts a query (and its parameter values) in the editor. */
  load(query: string, params: Record<string, string> = {}, declared: DeclaredParameter[] = []): void {
    this.declared = new Map(declared.map((p) => [p.name, p]));
    this.paramNames = []; // rebuild the fields even when the names are the same
    for (const [name, text] of Object.entries(params)) this.paramText.set(name, text);
    this.editor.setText(query);
    this.syncParams();
    this.editor.view.focus();
  }

  async run(): Promise<void> {
    if (this.runButton.disabled || this.refuseBlankRequired()) return;
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    this.editor.clearError();
    this.errorBox.hidden = true;
    this.status.textContent = 'Running…';
    try {
      const response = await runCypher(this.editor.text(), this.paramValues(), controller.signal);
      if (controller.signal.aborted) return;
      this.showResponse(response);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.showError(error);
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  private showResponse(response: CypherResponse): void {
    this.response = response;
    const rows = plural(response.rows.length, 'row');
    const { nodes, edges } = response.graph;
    const graph = nodes.length ? ` · ${plural(nodes.length, 'node')}, ${plural(edges.length, 'relationship')}` : '';
    this.status.textContent = `${rows}${graph} · ${response.elapsedMs} ms${response.truncated ? ' · truncated at the row cap' : ''}`;
    this.status.classList.toggle('warn', response.truncated);
    this.viewButtons.graph.disabled = nodes.length === 0;
    this.show(this.view === 'graph' && nodes.length ? 'graph' : 'table');
  }

  private showError(error: unknown): void {
    this.response = null;
    this.dropGraph();
    clear(this.results);
    this.status.textContent = '';
    const message = error instanceof Error ? error.message : String(error);
    const position = error instanceof CypherError ? error.position : undefined;
    clear(this.errorBox);
    this.errorBox.append(
      el('strong', {}, error instanceof CypherError && error.status ? `Error ${error.status}` : 'Error'),
      position ? el('span', { className: 'console-error-at' }, ` at line ${position.line}, column ${position.column}`) : '',
      el('pre', {}, message),
    );
    this.errorBox.hidden = false;
    if (position) this.editor.markError(position.offset);
  }

  private show(view: View): void {
    this.view = view;
    this.viewButtons.table.classList.toggle('active', view === 'table');
    this.viewButtons.graph.classList.toggle('active', view === 'graph');
    this.dropGraph();
    clear(this.results);
    const response = this.response;
    if (!response) return;
    if (view === 'table') {
      this.results.append(response.rows.length ? renderTable(response, this.openNode) : el('p', { className: 'muted' }, 'No rows.'));
    } else {
      const canvas = el('div', { className: 'console-graph' });
      this.results.append(canvas, el('p', { className: 'muted console-hint' }, 'Click a paper or entity to open it in the explorer.'));
      this.graphView = renderGraph(canvas, response, this.openNode);
    }
  }

  /** The result graph's renderer while the Graph view shows (tests read node positions from it). */
  get graphRenderer(): ResultSigma | null {
    return this.graphView;
  }

  private dropGraph(): void {
    this.graphView?.kill();
    this.graphView = null;
  }

  /** One field per `$name` in the query, in order of appearance. */
  private syncParams(): void {
    let names: string[];
    try {
      names = [...new Set(tokenize(this.editor.text()).filter((t) => t.kind === 'param').map((t) => t.text.slice(1)))];
    } catch {
      return; // an unterminated string while typing: keep the fields as they are
    }
    if (names.join(',') === this.paramNames.join(',')) return;
    this.paramNames = names;
    clear(this.paramsBox);
    for (const name of names) {
      const declared = this.declared.get(name);
      const placeholder = declared ? `${declared.type}${declared.required ? ', required' : ''}` : 'JSON or text';
      const input = el('input', { className: 'console-param-input', attrs: { type: 'text', 'aria-label': `$${name}`, placeholder }, dataset: { param: name } });
      input.required = declared?.required ?? false;
      input.value = this.paramText.get(name) ?? '';
      input.addEventListener('input', () => this.paramText.set(name, input.value));
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') void this.run();
      });
      this.paramsBox.append(el('label', { className: 'console-param' }, el('code', {}, `$${name}${input.required ? ' *' : ''}`), input));
    }
  }

  /** Blank is null; a saved query's declared type decides for its own parameters; else JSON or text. */
  private paramValues(): Record<string, unknown> {
    return Object.fromEntries(
      this.paramNames.map((name) => {
        const text = (this.paramText.get(name) ?? '').trim();
        const type = this.declared.get(name)?.type;
        if (text === '') return [name, null];
        if (type === 'string' || type === 'date') return [name, text];
        return [name, paramValueFromText(text)];
      }),
    );
  }

  /** A blank required field would run the query with null and find nothing: ask for a value instead. */
  private refuseBlankRequired(): boolean {
    const blank = this.paramNames.filter((name) => this.declared.get(name)?.required && !(this.paramText.get(name) ?? '').trim());
    if (!blank.length) return false;
    this.showError(new Error(`${blank.map((name) => `$${name}`).join(' and ')} ${blank.length > 1 ? 'are' : 'is'} required: fill ${blank.length > 1 ? 'them' : 'it'} in, then run.`));
    this.paramsBox.querySelector<HTMLInputElement>(`[data-param="${blank[0]}"]`)?.focus();
    return true;
  }

  private async loadSaved(): Promise<void> {
    const queries = await savedQueries(this.lifetime.signal).catch(() => [] as SavedQueryInfo[]);
    for (const query of queries) {
      const chip = el('button', { className: 'chip console-example', attrs: { type: 'button' }, title: query.question, dataset: { name: query.name } }, exampleTitle(query.name));
      chip.addEventListener('click', () => {
        this.load(query.cypher, initialValues(query), query.parameters);
        this.question.textContent = query.question;
        this.question.hidden = false;
      });
      this.savedList.append(chip);
    }
  }

  private async loadSchema(): Promise<void> {
    try {
      this.schema = schemaFromRows((await runCypher(SCHEMA_QUERY, {}, this.lifetime.signal)).rows);
      this.schemaLoaded = true;
    } catch (error) {
      if (error instanceof CypherError && error.status === 503) this.showUnreachable(error.message);
    }
  }

  /** Neo4j went away after the server started: every run would fail the same way until it is back. */
  private showUnreachable(message: string): void {
    this.runButton.disabled = true;
    clear(this.errorBox);
    // The full message (the driver's reason in brackets, then setup advice) wraps to many lines in
    // the panel; its head names the server and what failed, the rest stays in the tooltip.
    const head = message.split('\n', 1)[0]!.replace(/ \(.*$/, '');
    this.errorBox.append(el('strong', {}, 'Neo4j is unreachable: start it, then reload the page.'), el('pre', { title: message }, head));
    this.errorBox.hidden = false;
  }
}

/**
 * A field's first text: a required parameter has no default, so it takes the value of the query's
 * CLI example (blank would run with null and find nothing); the others their default (null: blank).
 */
function initialValues(query: SavedQueryInfo): Record<string, string> {
  const example = exampleValues(query.example);
  return Object.fromEntries(query.parameters.map((p) => [p.name, p.required ? (example.get(p.name) ?? '') : p.default === null ? '' : String(p.default)]));
}

/** `--param name=value` and `--param name="a value"` of a CLI example line. */
function exampleValues(example: string): Map<string, string> {
  return new Map([...example.matchAll(/--param\s+([A-Za-z_]\w*)=(?:"([^"]*)"|(\S+))/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));
}

/**
 * `benchmark-leaderboard` → `Benchmark leaderboard`, `co-occurring-techniques` → `Co-occurring techniques` (a prefix
 * stays joined); the question itself is the chip's tooltip.
 */
function exampleTitle(name: string): string {
  const words = name.split(/[-_]+/);
  const title = words.map((word, i) => (i === 0 ? word : (PREFIXES.has(words[i - 1]!) ? '-' : ' ') + word)).join('');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const PREFIXES = new Set(['co', 'non', 'pre', 're', 'self', 'multi', 'cross']);

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}
