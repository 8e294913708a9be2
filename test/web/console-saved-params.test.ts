/**
 * A saved query's parameters in the console: a required one starts from the query's example and
 * is marked; a run with it blank is refused with a message instead of an empty result. The
 * console's POSTs are answered by the page itself, so no Neo4j is needed.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { createApp } from '../../src/server/app.js';
import type { CypherRequest, CypherResponse } from '../../src/store/console/types.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { sampleCorpus } from './explorer-server.js';

const STATIC_DIR = process.env.PAPERGRAPH_WEB_DIST || join(import.meta.dirname, '../../web/dist');
const EMPTY: CypherResponse = { columns: [], rows: [], graph: { nodes: [], edges: [] }, truncated: false, elapsedMs: 0 };

describe('console saved-query parameters', () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const sent: CypherRequest[] = [];

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error(`${STATIC_DIR} is not built: run \`npm run build\` first`);
    // A configured Neo4j keeps Run enabled; the page never reaches it (its POSTs are answered below).
    const app = createApp({ corpus: new Corpus(await sampleCorpus()), neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }, staticDir: STATIC_DIR });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.route('**/api/cypher', async (route) => {
      sent.push(route.request().postDataJSON() as CypherRequest);
      await route.fulfill({ json: EMPTY });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__papergraph !== undefined, null, { timeout: 30_000 });
    await page.locator('[data-tab="console"]').click();
    await page.waitForFunction(() => window.__papergraphConsole?.schemaLoaded === true);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
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
