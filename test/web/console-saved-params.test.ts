/**
 * A saved query's parameters in the console: a required one starts from the query's example and
 * is marked; a run with it blank is refused with a message instead of an empty result. The
 * console's POSTs are answered by the page itself, so no Neo4j is needed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import type { CypherRequest, CypherResponse } from '../../src/store/console/types.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { assertWebBuilt, listen, openExplorer, sampleCorpus, UNREACHABLE_NEO4J, type RunningServer } from './explorer-server.js';

const EMPTY: CypherResponse = { columns: [], rows: [], graph: { nodes: [], edges: [] }, truncated: false, elapsedMs: 0 };

describe('console saved-query parameters', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const sent: CypherRequest[] = [];

  beforeAll(async () => {
    assertWebBuilt();
    // A configured Neo4j keeps Run enabled; the page never reaches it (its POSTs are answered below).
    server = await listen(new Corpus(await sampleCorpus()), { neo4j: UNREACHABLE_NEO4J });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.route('**/api/cypher', async (route) => {
      sent.push(route.request().postDataJSON() as CypherRequest);
      await route.fulfill({ json: EMPTY });
    });
    await openExplorer(page, server.url);
    await page.locator('[data-tab="console"]').click();
    await page.waitForFunction(() => window.__papergraphConsole?.schemaLoaded === true);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prefills a required parameter from the example, marks it, and refuses to run while it is blank', async () => {
    await page.locator('.console-example[data-name="benchmark-leaderboard"]').click();
    const benchmark = page.locator('[data-param="benchmark"]');
    expect(await benchmark.inputValue()).toBe('LongBench');
    expect(await benchmark.evaluate((input) => (input as HTMLInputElement).required)).toBe(true);
    expect(await benchmark.getAttribute('placeholder')).toBe('string, required');
    // An optional parameter keeps its default: null (all metrics) stays blank, not the example's "accuracy".
    expect(await page.locator('[data-param="metric"]').inputValue()).toBe('');
    expect(await page.locator('[data-param="limit"]').inputValue()).toBe('20');

    await benchmark.fill('');
    const before = sent.length;
    await page.locator('.console-run').click();
    await page.waitForSelector('.console-error:not([hidden])');
    expect(await page.locator('.console-error pre').textContent()).toBe('$benchmark is required: fill it in, then run.');
    expect(sent.length).toBe(before);

    await benchmark.fill('NIAH');
    await page.locator('.console-run').click();
    await expect.poll(() => sent.length).toBe(before + 1);
    expect(sent.at(-1)!.params).toEqual({ benchmark: 'NIAH', metric: null, limit: 20 });
    expect(await page.locator('.console-error').isHidden()).toBe(true);
  });
});
