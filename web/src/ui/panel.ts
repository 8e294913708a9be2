/**
 * The right-hand details panel: a paper (abstract with highlighted mentions, links with role and
 * evidence, results, related papers) or an entity (papers by role, leaderboard, family,
 * neighbours). Every string from the API is inserted as text.
 */
import { api, ApiRequestError } from '../api/client.js';
import type { EntityDetail, EntityPaper, NodeRef, PaperDetail, PaperEntity, RelatedPaper, ResultRow, Role, TextField } from '../api/types.js';
import { EDGE_LABELS, TYPE_COLORS } from '../graph/style.js';
import type { Hops } from '../state.js';
import { append, clear, el, nodeLink } from './dom.js';
import { segmentByNames, segmentText } from './highlight.js';

export interface PanelActions {
  select: (id: string) => void;
  focus: (id: string, hops: Hops) => void;
  expand: (id: string) => Promise<number>;
  close: () => void;
}

const ROLE_ORDER: Role[] = ['introduces', 'evaluates', 'uses', 'mentions'];
const ROLE_HEADINGS: Record<Role, string> = {
  introduces: 'Introduced by',
  evaluates: 'Evaluated in',
  uses: 'Used by',
  mentions: 'Mentioned by',
};

export class DetailsPanel {
  readonly element = el('div', { className: 'details', attrs: { 'aria-live': 'polite' } });
  private request: AbortController | null = null;

  constructor(private readonly actions: PanelActions) {
    this.showEmpty();
  }

  showEmpty(): void {
    this.request?.abort();
    clear(this.element);
    append(
      this.element,
      el(
        'div',
        { className: 'empty' },
        el('h2', {}, 'Explore the graph'),
        el('p', {}, 'Rings are papers; discs are the models, benchmarks, datasets, techniques, tasks and metrics they share.'),
        el(
          'ul',
          {},
          el('li', {}, 'Hover a node to see its neighbours.'),
          el('li', {}, 'Click a node, or search (press /), to open its details here.'),
          el('li', {}, 'Use focus to keep only a node’s 1- or 2-hop neighbourhood.'),
          el('li', {}, 'Switch the colouring to clusters to see the sub-areas.'),
        ),
      ),
    );
  }

  /** `label` names the node in an error when the caller knows it (an id like "e:Benchmark:longbench" means nothing to a reader). */
  async show(id: string, label?: string): Promise<void> {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    clear(this.element);
    this.element.append(el('div', { className: 'loading' }, 'Loading…'));
    try {
      const view = id.startsWith('p:') ? this.paperView(await api.paper(id, controller.signal)) : this.entityView(await api.entity(id, controller.signal));
      if (controller.signal.aborted) return;
      clear(this.element);
      this.element.append(view);
      this.element.scrollTop = 0;
    } catch (error) {
      if (controller.signal.aborted) return;
      clear(this.element);
      this.element.append(this.loadError(error as Error, () => void this.show(id, label), label));
    }
  }

  /** The server's own words when it answered; a failed fetch (a TypeError) only says the server could not be reached. */
  private loadError(error: Error, retry: () => void, label?: string): HTMLElement {
    const reason = error instanceof ApiRequestError ? error.message : 'Server unreachable';
    return el(
      'div',
      { className: 'error load-error', attrs: { role: 'alert' } },
      el('p', {}, `Could not load ${label ?? 'this node'}.`),
      el('p', { className: 'muted' }, reason),
      el('button', { className: 'button small', attrs: { type: 'button' }, on: { click: retry } }, 'Retry'),
    );
  }

  private header(kindLabel: string, color: string, title: string | Node, id: string, extra: (Node | null)[]): HTMLElement {
    return el(
      'header',
      { className: 'details-header' },
      el(
        'div',
        { className: 'details-top' },
        el('span', { className: 'type-chip', attrs: { style: `--chip:${color}` } }, kindLabel),
        el('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => this.actions.close() } }, '×'),
      ),
      el('h2', { className: 'details-title' }, title),
      ...extra,
      this.actionsRow(id),
    );
  }

  private actionsRow(id: string): HTMLElement {
    const expand = el('button', { className: 'button small', attrs: { type: 'button' } }, 'Expand neighbours');
    expand.addEventListener('click', () => {
      expand.disabled = true;
      void this.actions.expand(id).then((added) => {
        expand.textContent = added ? `+${added} nodes` : 'Nothing new';
      });
    });
    return el(
      'div',
      { className: 'details-actions' },
      el('button', { className: 'button small', attrs: { type: 'button' }, on: { click: () => this.actions.focus(id, 1) } }, 'Focus 1 hop'),
      el('button', { className: 'button small', attrs: { type: 'button' }, on: { click: () => this.actions.focus(id, 2) } }, 'Focus 2 hops'),
      expand,
    );
  }

  private paperView(paper: PaperDetail): HTMLElement {
    const meta = [paper.published, paper.authors?.slice(0, 4).join(', ') + (paper.authors && paper.authors.length > 4 ? ' et al.' : '')].filter(
      (part): part is string => Boolean(part && part !== 'undefined'),
    );
    const link = paper.url ? el('a', { className: 'paper-link', attrs: { href: safeUrl(paper.url), target: '_blank', rel: 'noopener noreferrer' } }, paper.url) : null;
    return el(
      'article',
      { className: 'paper-view', dataset: { id: paper.id } },
      this.header('Paper', TYPE_COLORS.Paper, this.highlighted(paper.title, paper, 'title'), paper.id, [
        meta.length ? el('p', { className: 'meta' }, meta.join(' · ')) : null,
        paper.categories?.length ? el('p', { className: 'meta categories' }, paper.categories.join(' · ')) : null,
        link,
      ]),
      section('Abstract', this.highlighted(paper.abstract, paper, 'abstract')),
      // What to read next comes before the long concept list, which a reader scrolls only when looking for something.
      section('Related papers', this.relatedList(paper.related)),
      section(`Concepts (${paper.entities.length})`, this.paperEntities(paper)),
      paper.results.length ? section('Reported results', resultsTable(paper.results, PAPER_RESULTS, this.actions.select)) : null,
    );
  }

  /** The title or abstract as text nodes, with each entity mention a clickable <mark>. */
  private highlighted(text: string, paper: PaperDetail, field: TextField): HTMLElement {
    const paragraph = field === 'abstract' ? el('p', { className: 'abstract' }) : el('span', { className: 'title-text' });
    for (const segment of segmentText(text, paper.marks, field)) {
      if (!segment.mark) {
        paragraph.append(document.createTextNode(segment.text));
        continue;
      }
      const mark = segment.mark;
      paragraph.append(
        el(
          'mark',
          {
            className: 'mention',
            title: `${mark.type} · ${EDGE_LABELS[mark.role]}`,
            attrs: { style: `--mark:${TYPE_COLORS[mark.type]}`, tabindex: '0', role: 'button' },
            dataset: { id: mark.id },
            on: {
              click: () => this.actions.select(mark.id),
              keydown: (event) => {
                if (event.key === 'Enter') this.actions.select(mark.id);
              },
            },
          },
          segment.text,
        ),
      );
    }
    return paragraph;
  }

  /**
   * The paper's concepts under role headings, as the entity panel lists papers; within a role, concepts cited with one
   * sentence share a single quote of it (a long sentence often names many), and a sentence already quoted under an
   * earlier role is not quoted again.
   */
  private paperEntities(paper: PaperDetail): HTMLElement {
    const body = el('div', { className: 'concepts' });
    const quoted = new Set<string>();
    for (const role of ROLE_ORDER) {
      const entities = paper.entities.filter((entity) => entity.role === role);
      if (entities.length) body.append(el('h4', { className: 'role-heading' }, `${role.charAt(0).toUpperCase()}${role.slice(1)} (${entities.length})`), this.conceptList(entities, quoted));
    }
    if (!paper.entities.length) body.append(el('p', { className: 'muted' }, 'No concepts were extracted from this paper.'));
    return body;
  }

  private conceptList(entities: PaperEntity[], quoted: Set<string>): HTMLElement {
    const list = el('ul', { className: 'link-list' });
    const bySentence = new Map<string, PaperEntity[]>();
    for (const entity of entities) {
      const sentence = entity.evidence[0]?.sentence ?? '';
      bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), entity]);
    }
    for (const [sentence, group] of bySentence) {
      const color = group.length === 1 ? TYPE_COLORS[group[0]!.type] : 'var(--accent)';
      const fresh = sentence && !quoted.has(sentence);
      quoted.add(sentence);
      list.append(
        el(
          'li',
          { className: 'link-item' },
          ...group.map((entity) => this.conceptHead(entity)),
          fresh ? evidenceQuote(sentence, group.map((entity) => entity.name), color) : null,
          sentence && !fresh ? el('p', { className: 'evidence-ref' }, 'In a sentence quoted above.') : null,
        ),
      );
    }
    return list;
  }

  private conceptHead(entity: PaperEntity): HTMLElement {
    return el(
      'div',
      { className: 'concept' },
      el(
        'div',
        { className: 'link-head' },
        el('span', { className: 'swatch', attrs: { style: `--swatch:${TYPE_COLORS[entity.type]}` } }),
        nodeLink(entity.name, () => this.actions.select(entity.id)),
        el('span', { className: `role role-${entity.role}` }, EDGE_LABELS[entity.role]),
        el('span', { className: 'type-name' }, entity.type),
      ),
      entity.family ? el('div', { className: 'family' }, 'variant of ', nodeLink(entity.family.label, () => this.actions.select(entity.family!.id))) : null,
    );
  }

  private relatedList(related: RelatedPaper[] | null): HTMLElement {
    if (related === null) return el('p', { className: 'muted' }, 'Related-paper ranking is not available on this server.');
    if (!related.length) return el('p', { className: 'muted' }, 'No related papers found.');
    const list = el('ol', { className: 'related-list' });
    for (const item of related) {
      list.append(
        el(
          'li',
          { className: 'related-item', dataset: { id: item.id } },
          el('div', { className: 'link-head' }, nodeLink(item.title, () => this.actions.select(item.id), 'related-title'), el('span', { className: 'score' }, item.score.toFixed(2))),
          item.why.length ? el('ul', { className: 'why' }, ...item.why.slice(0, 3).map((reason) => el('li', {}, reason))) : null,
        ),
      );
    }
    return list;
  }

  private entityView(entity: EntityDetail): HTMLElement {
    const aliases = entity.aliases.filter((alias) => alias !== entity.name);
    const paperCount = ROLE_ORDER.reduce((sum, role) => sum + (entity.papersByRole[role]?.length ?? 0), 0);
    return el(
      'article',
      { className: 'entity-view', dataset: { id: entity.id } },
      this.header(entity.type, TYPE_COLORS[entity.type], entity.name, entity.id, [
        el('p', { className: 'meta' }, `${paperCount} paper${paperCount === 1 ? '' : 's'} · ${entity.degree} link${entity.degree === 1 ? '' : 's'}`),
        aliases.length ? el('p', { className: 'aliases' }, 'Also written: ', aliases.slice(0, 8).join(', ')) : null,
      ]),
      ...ROLE_ORDER.filter((role) => entity.papersByRole[role]?.length).map((role) =>
        section(`${ROLE_HEADINGS[role]} (${entity.papersByRole[role].length})`, this.entityPapers(entity.papersByRole[role], [entity.name, ...entity.aliases], TYPE_COLORS[entity.type]), `papers-${role}`),
      ),
      entity.leaderboard.length ? section('Leaderboard', resultsTable(entity.leaderboard, LEADERBOARD, this.actions.select)) : null,
      entity.results.length ? section('Its reported results', resultsTable(entity.results, SUBJECT_RESULTS, this.actions.select)) : null,
      entity.family.parent || entity.family.variants.length ? section('Family', this.family(entity)) : null,
      entity.cooccurring.length ? section('Appears with', this.chips(entity.cooccurring)) : null,
    );
  }

  private entityPapers(papers: EntityPaper[], names: string[], color: string): HTMLElement {
    return el(
      'ul',
      { className: 'link-list' },
      ...papers.map((paper) =>
        el(
          'li',
          { className: 'link-item', dataset: { id: paper.id } },
          el('div', { className: 'link-head' }, nodeLink(paper.title, () => this.actions.select(paper.id), 'paper-title'), paper.published ? el('span', { className: 'date' }, paper.published) : null),
          paper.evidence ? evidenceQuote(paper.evidence, names, color) : null,
        ),
      ),
    );
  }

  private family(entity: EntityDetail): HTMLElement {
    const parent = entity.family.parent;
    return el(
      'div',
      { className: 'family' },
      parent ? el('p', {}, 'Variant of ', nodeLink(parent.label, () => this.actions.select(parent.id))) : null,
      entity.family.variants.length ? el('p', {}, 'Variants: ') : null,
      entity.family.variants.length ? this.chips(entity.family.variants) : null,
    );
  }

  private chips(refs: (NodeRef & { count?: number })[]): HTMLElement {
    return el(
      'div',
      { className: 'chips' },
      ...refs.map((ref) =>
        el(
          'button',
          { className: 'chip', attrs: { type: 'button', style: `--chip:${TYPE_COLORS[ref.type]}` }, title: ref.type, on: { click: () => this.actions.select(ref.id) } },
          ref.label,
          ref.count !== undefined ? el('span', { className: 'chip-count' }, String(ref.count)) : null,
        ),
      ),
    );
  }
}

/** An evidence sentence with the entity's names emphasised (as text nodes, never HTML). */
function evidenceQuote(sentence: string, names: string[], color: string): HTMLElement {
  const quote = el('blockquote', { className: 'evidence' });
  for (const part of segmentByNames(sentence, names)) {
    quote.append(part.hit ? el('mark', { className: 'mention', attrs: { style: `--mark:${color}` } }, part.text) : document.createTextNode(part.text));
  }
  return quote;
}

function section(title: string, body: HTMLElement, key?: string): HTMLElement {
  return el('section', { className: 'details-section', dataset: key ? { section: key } : {} }, el('h3', {}, title), body);
}

/** Which columns a results table shows: a leaderboard is grouped by metric and unit and is about one benchmark. */
interface TableShape {
  benchmark: boolean;
  paper: boolean;
  grouped: boolean;
}

const PAPER_RESULTS: TableShape = { benchmark: true, paper: false, grouped: false };
const LEADERBOARD: TableShape = { benchmark: false, paper: true, grouped: true };
const SUBJECT_RESULTS: TableShape = { benchmark: true, paper: true, grouped: false };

function resultsTable(rows: ResultRow[], shape: TableShape, select: (id: string) => void): HTMLElement {
  const versus = rows.some((row) => row.compared_to);
  const head = el(
    'tr',
    {},
    el('th', {}, 'Model / method'),
    shape.benchmark ? el('th', {}, 'Benchmark') : null,
    shape.grouped ? null : el('th', {}, 'Metric'),
    el('th', { className: 'num' }, 'Value'),
    versus ? el('th', {}, 'vs') : null,
    shape.paper ? el('th', {}, 'Paper') : null,
  );
  const width = head.childElementCount;
  const groups = shape.grouped ? groupByMetricAndUnit(rows) : [{ title: null, rows }];
  const bodies = groups.map((group) =>
    el(
      'tbody',
      {},
      group.title ? el('tr', { className: 'group-row' }, el('th', { attrs: { colspan: String(width), scope: 'rowgroup' } }, group.title)) : null,
      ...group.rows.flatMap((row) => [resultRow(row, shape, versus, select), evidenceRow(row.evidence, width)]),
    ),
  );
  return el('div', { className: 'table-wrap' }, el('table', { className: 'results' }, el('thead', {}, head), ...bodies));
}

function resultRow(row: ResultRow, shape: TableShape, versus: boolean, select: (id: string) => void): HTMLElement {
  return el(
    'tr',
    { className: 'result-row' },
    el('td', {}, row.subjectId ? nodeLink(row.subject, () => select(row.subjectId!)) : row.subject),
    shape.benchmark ? el('td', {}, row.benchmarkId && row.benchmark ? nodeLink(row.benchmark, () => select(row.benchmarkId!)) : (row.benchmark ?? '—')) : null,
    shape.grouped ? null : el('td', {}, row.metric ?? '—'),
    // "Δ 7.7%": a margin or gain reads apart from the scores beside it.
    el('td', { className: 'num', ...(row.change ? { title: 'a change against something else, not a score' } : {}) }, `${row.change ? 'Δ ' : ''}${formatValue(row.value, row.unit)}`),
    versus ? el('td', { className: 'versus' }, row.compared_to ?? '') : null,
    shape.paper ? el('td', { className: 'paper-cell' }, nodeLink(shortTitle(row.paper.label), () => select(row.paper.id))) : null,
  );
}

/** The sentence a number was read from, on a line of its own under it, so it can be read without hovering. */
function evidenceRow(sentence: string, width: number): HTMLElement {
  return el('tr', { className: 'evidence-row' }, el('td', { attrs: { colspan: String(width) } }, sentence));
}

/** Consecutive rows of one metric and unit (the server sends a leaderboard in such runs), each titled "accuracy (%)". */
function groupByMetricAndUnit(rows: ResultRow[]): { title: string; rows: ResultRow[] }[] {
  const groups: { key: string; title: string; rows: ResultRow[] }[] = [];
  for (const row of rows) {
    const key = `${row.metric ?? ''}\u0000${row.unit ?? ''}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.rows.push(row);
    else groups.push({ key, title: `${row.metric ?? 'score'}${row.unit ? ` (${row.unit})` : ''}`, rows: [row] });
  }
  return groups;
}

/** "61.2%", "3x", "$15", but "0.5 points", "16 hours", "2.71 out of 5": a word unit is a word of its own. */
function formatValue(value: number, unit: string | null): string {
  if (unit === null) return String(value);
  if (unit === '$') return `$${value}`;
  return /^[%x×]$/u.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

function shortTitle(title: string): string {
  const head = title.split(':')[0] ?? title;
  return head.length <= 40 ? head : `${head.slice(0, 39)}…`;
}

/** Only http(s) links from paper metadata become hrefs; anything else (javascript:) is dropped. */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}
