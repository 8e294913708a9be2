/**
 * The Cypher console in a real browser (headless Debian chromium) against the real app with the
 * real Neo4j, loaded with the same sample corpus the explorer shows, so result nodes map to
 * explorer nodes. Plus the completion logic on its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { RelatedIndex } from '../../src/related/index.js';
import { closeDrivers } from '../../src/store/driver.js';
import { loadPapers } from '../../src/store/load.js';
import { StringStream } from '@codemirror/language';
import { completionsAt, schemaFromRows, type Schema } from '../../web/src/console/completion.js';
import { cypherMode } from '../../web/src/console/cypher-mode.js';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { clearDatabase } from '../store/graph-state.js';
import { assertWebBuilt, listen, openExplorer, sampleCorpus, type RunningServer } from './explorer-server.js';

const LONGBENCH = 'e:Benchmark:longbench';
const config = testNeo4jConfig();

/** [text, style] of every token of `lines`, as the editor would colour them. */
function highlight(...lines: string[]): [string, string | null][] {
  const state = cypherMode.startState!(2);
  const tokens: [string, string | null][] = [];
  for (const line of lines) {
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const style = cypherMode.token(stream, state);
      if (stream.current().trim()) tokens.push([stream.current(), style]);
    }
  }
  return tokens;
}

describe('highlighting', () => {
  it('colours labels, keys, parameters, functions and keywords', () => {
    expect(highlight('MATCH (p:Paper {id: $id}) RETURN p.title, count(*)')).toEqual([
      ['MATCH', 'keyword'], ['(', 'punctuation'], ['p', 'variableName'], [':', 'punctuation'], ['Paper', 'typeName'],
      ['{', 'punctuation'], ['id', 'variableName'], [':', 'punctuation'], ['$id', 'variableName.special'], ['}', 'punctuation'],
      [')', 'punctuation'], ['RETURN', 'keyword'], ['p', 'variableName'], ['.', 'punctuation'], ['title', 'propertyName'],
      [',', 'punctuation'], ['count', 'variableName.standard'], ['(', 'punctuation'], ['*', 'operator'], [')', 'punctuation'],
    ]);
  });

  it('treats a block comment over several lines and quoted text as the guard does', () => {
    expect(highlight("RETURN 'it\\'s // not a comment' /* a", 'CREATE */ AS `x``y`')).toEqual([
      ['RETURN', 'keyword'], ["'it\\'s // not a comment'", 'string'], ['/* a', 'comment'], ['CREATE */', 'comment'], ['AS', 'keyword'], ['`x``y`', 'variableName'],
    ]);
  });
});

describe('completion', () => {
  const schema: Schema = { labels: ['Benchmark', 'Paper'], relationshipTypes: ['EVALUATES', 'USES'], propertyKeys: ['key', 'title'] };
  const labels = (before: string) => completionsAt(before, schema, ['key'], false)?.options.map((o) => o.label);

  it('offers labels after : in a node, relationship types in a relationship, keys after .', () => {
    expect(labels('MATCH (p:Pa')).toEqual(['Benchmark', 'Paper']);
    expect(completionsAt('MATCH (p:Pa', schema, [], false)?.from).toBe('MATCH (p:'.length);
    expect(labels('MATCH (p)-[r:')).toEqual(['EVALUATES', 'USES']);
    expect(labels('MATCH (p) RETURN p.ti')).toEqual(['key', 'title']);
    expect(labels('RETURN $')).toEqual(['key']);
  });

  it('offers the allowed procedures after CALL and no property keys inside a map literal', () => {
    expect(labels('CALL db.')).toContain('db.labels');
    expect(labels('CALL db.')).not.toContain('dbms.components');
    expect(labels('MATCH (p {title: ')).toBeUndefined();
  });

  it('reads the schema query rows', () => {
    expect(schemaFromRows([{ kind: 'label', name: 'Paper' }, { kind: 'type', name: 'USES' }, { kind: 'property', name: 'title' }, { kind: 'label', name: 'Benchmark' }])).toEqual({
      labels: ['Benchmark', 'Paper'],
      relationshipTypes: ['USES'],
      propertyKeys: ['title'],
    });
  });
});

describe('console in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    assertWebBuilt();
    const items = await sampleCorpus();
    await clearDatabase(config);
    await loadPapers(config, items, { extractor: 'console-test' });
    server = await listen(new Corpus(items), { related: RelatedIndex.build(items), neo4j: config });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await clearDatabase(config);
    await closeDrivers();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    errors = watchErrors(page);
    await openExplorer(page, server.url);
    await page.locator('[data-tab="console"]').click();
    await page.waitForSelector('.console .cm-content');
  });

  async function typeQuery(query: string): Promise<void> {
    await page.locator('.console .cm-content').click();
    // Typed key by key, like a person: completion pops up on the way and must not get in the way.
    await page.keyboard.type(query, { delay: 5 });
    await page.keyboard.press('Escape');
  }

  it('runs a typed query with a parameter and shows the table and the graph; a result node opens its panel', async () => {
    await typeQuery('MATCH (p:Paper)-[r:EVALUATES]->(b:Benchmark {key: $key}) RETURN p.title AS title, b ORDER BY title LIMIT 5');
    await page.locator('[data-param="key"]').fill('longbench');
    await page.keyboard.press('Control+Enter');

    await page.waitForSelector('.console-table tbody tr');
    expect(await page.locator('.console-table th').allTextContents()).toEqual(['title', 'b']);
    const rows = await page.locator('.console-table tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    expect(await page.locator('.console-table tbody tr').first().locator('td').nth(1).textContent()).toMatch(/^\(:(Entity:Benchmark|Benchmark:Entity) "LongBench"\)$/);
    expect(await page.locator('.console-status').textContent()).toMatch(new RegExp(`^${rows} rows · 1 node, 0 relationships · \\d+ ms$`));

    await page.locator('.console-views button', { hasText: 'Graph' }).click();
    await page.waitForSelector('.console-graph canvas');
    const point = await page.evaluate(() => {
      const sigma = window.__papergraphConsole!.graphRenderer!;
      const node = sigma.getGraph().findNode((_n, attrs) => attrs.graphId === 'e:Benchmark:longbench')!;
      const rect = sigma.getContainer().getBoundingClientRect();
      const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
      return { x: rect.left + at.x, y: rect.top + at.y, order: sigma.getGraph().order };
    });
    expect(point.order).toBe(1);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    expect(await page.locator('.details-title').textContent()).toBe('LongBench');
    expect(errors).toEqual([]);
  });

  it('draws the papers and relationships of a path result and links table cells to the explorer', async () => {
    await typeQuery("MATCH path = (p:Paper)-[:EVALUATES]->(:Benchmark {key: 'longbench'}) RETURN path, p LIMIT 3");
    await page.locator('.console-run').click();
    await page.waitForSelector('.console-table tbody tr');
    await page.locator('.console-views button', { hasText: 'Graph' }).click();
    await page.waitForSelector('.console-graph canvas');
    const drawn = await page.evaluate(() => {
      const sigma = window.__papergraphConsole!.graphRenderer!;
      return { order: sigma.getGraph().order, size: sigma.getGraph().size };
    });
    expect(drawn).toEqual({ order: 4, size: 3 });

    await page.locator('.console-views button', { hasText: 'Table' }).click();
    const link = page.locator('.console-table .node-link').first();
    expect(await link.textContent()).toMatch(/^\(:Paper "/);
    await link.click();
    await page.waitForSelector('.paper-view');
    expect(errors).toEqual([]);
  });

  it('loads a saved query as a one-click example with fields for its parameters, and runs it', async () => {
    await page.locator('.console-example[data-name="papers-evaluating-benchmark"]').click();
    expect(await page.locator('.console .cm-content').textContent()).toContain('$benchmark');
    expect(await page.locator('.console-question').textContent()).toMatch(/^Which papers evaluate on/);
    expect(await page.locator('[data-param="limit"]').inputValue()).toBe('25');
    await page.locator('[data-param="benchmark"]').fill('LongBench');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.console-table tbody tr');
    expect(await page.locator('.console-table tbody tr').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  it('shows a syntax error with the position Neo4j reports and marks it in the editor', async () => {
    await typeQuery('MATCH (n:Paper)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('RETURN n ORDER BY');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.console-error:not([hidden])');
    expect(await page.locator('.console-error-at').textContent()).toBe(' at line 2, column 18');
    expect(await page.locator('.cm-cypher-error').count()).toBe(1);
  });

  it('refuses a write and says the console is read-only', async () => {
    await typeQuery("MATCH (b:Benchmark {key: 'longbench'}) DETACH DELETE b");
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.console-error:not([hidden])');
    expect(await page.locator('.console-error pre').textContent()).toMatch(/console is read-only/);
  });

  it('offers labels from the database while typing', async () => {
    await page.waitForFunction(() => window.__papergraphConsole?.schemaLoaded === true);
    await page.locator('.console .cm-content').click();
    await page.keyboard.type('MATCH (b:Bench', { delay: 20 });
    // The keyword list opened at "MATCH" may still show while CodeMirror computes the label list (a slow host, CI).
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents(), { timeout: 10_000 }).toContain('Benchmark');
  });
});

describe('console without Neo4j', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await listen(new Corpus(await sampleCorpus()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says up front that it needs a Neo4j and how to connect one, disables Run and sends no query', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const cypherRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/cypher') && request.method() === 'POST') cypherRequests.push(request.url());
    });
    await openExplorer(page, server.url);
    await page.locator('[data-tab="console"]').click();
    await page.waitForFunction(() => /NEO4J_URI/.test(document.querySelector('.console-status')?.textContent ?? ''));
    expect(await page.locator('.console-status').textContent()).toMatch(/^Unavailable here: this server serves the graph from memory/);
    expect(await page.locator('.console-run').isDisabled()).toBe(true);
    // The saved queries stay readable, named as their files are ("co-occurring" keeps its hyphen).
    await page.locator('.console-example', { hasText: 'Co-occurring techniques' }).waitFor();
    await page.locator('.console .cm-content').click();
    await page.keyboard.type('RETURN 1');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('.console-error').isHidden()).toBe(true);
    expect(cypherRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
