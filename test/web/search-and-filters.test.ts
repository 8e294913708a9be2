/**
 * The explorer's search box and filter sidebar in a real browser (headless Debian chromium), against the real app serving
 * the built web/dist on the sample corpus: keyboard use of both, and what the role filters leave on screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { assertWebBuilt, openExplorer, sampleCorpus, startServer, type RunningServer } from './explorer-server.js';

const LONGBENCH = 'e:Benchmark:longbench';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer(await sampleCorpus());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  errors = watchErrors(page);
});

async function open(query = ''): Promise<void> {
  await openExplorer(page, `${server.url}${query}`);
}

// Read in the page: page.url() follows pushState through an event that may not have arrived yet.
const urlParam = (name: string): Promise<string | null> => page.evaluate((key) => new URL(location.href).searchParams.get(key), name);
const openedNode = async (): Promise<string> => {
  await page.waitForFunction(() => new URL(location.href).searchParams.has('node'));
  return (await urlParam('node'))!;
};
const activeFilter = (): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.filter);

describe('search box', () => {
  it('Enter pressed before a new query\'s results arrive opens that query\'s top hit, not one of the previous query', async () => {
    await open();
    const search = page.locator('.search-input');
    await search.pressSequentially('gpt-4o', { delay: 20 });
    await page.waitForSelector('.search-option');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('LongBench');
    await page.keyboard.press('Enter');
    expect(await openedNode()).toBe(LONGBENCH);
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
  });

  it('Enter pressed before the first results arrive opens the top hit', async () => {
    await open();
    await page.locator('.search-input').focus();
    await page.keyboard.type('LongBench');
    await page.keyboard.press('Enter');
    expect(await openedNode()).toBe(LONGBENCH);
  });

  it('"/" selects what the box holds, so typing replaces the last chosen label', async () => {
    await open();
    const search = page.locator('.search-input');
    await search.pressSequentially('LongBench', { delay: 20 });
    await page.waitForSelector('.search-option');
    await page.keyboard.press('Enter');
    await openedNode();
    expect(await search.inputValue()).toBe('LongBench');
    await page.keyboard.press('/');
    await page.keyboard.type('gpt');
    expect(await search.inputValue()).toBe('gpt');
    await page.waitForSelector('.search-option');
  });

  it('says the server is unreachable when the search request fails', async () => {
    await open();
    await page.route('**/api/search?**', (route) => route.abort('connectionrefused'));
    await page.locator('.search-input').pressSequentially('LongBench', { delay: 20 });
    const line = page.locator('.search-options .search-empty');
    await line.waitFor();
    expect(await line.textContent()).toBe('Server unreachable — try again.');
    await page.keyboard.press('Enter');
    expect(await urlParam('node')).toBeNull();
  });

  it("shows the server's own reason when it answers the search with an error, not 'unreachable'", async () => {
    await open();
    await page.route('**/api/search?**', (route) => route.fulfill({ status: 503, json: { error: 'papergraph is still reading and extracting the corpus; try again in a moment' } }));
    await page.locator('.search-input').pressSequentially('LongBench', { delay: 20 });
    const line = page.locator('.search-options .search-empty');
    await line.waitFor();
    expect(await line.textContent()).toBe('papergraph is still reading and extracting the corpus; try again in a moment');
  });
});

describe('filter sidebar', () => {
  it('keeps keyboard focus on the minimum-links slider while arrow keys step it', async () => {
    await open();
    await page.locator('[data-filter="min-degree"]').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('deg') === '5');
    expect(await activeFilter()).toBe('min-degree');
    expect(await page.locator('[data-filter="min-degree"]').inputValue()).toBe('5');
    expect(errors).toEqual([]);
  });

  it('keeps keyboard focus on a type checkbox toggled with Space', async () => {
    await open();
    const box = page.locator('[data-filter="type-Benchmark"]');
    await box.focus();
    await page.keyboard.press('Space');
    expect(await urlParam('hide')).toBe('Benchmark');
    expect(await activeFilter()).toBe('type-Benchmark');
    await page.keyboard.press('Space');
    expect(await urlParam('hide')).toBeNull();
    expect(await box.isChecked()).toBe(true);
  });
});

describe('role filters', () => {
  const shown = (): Promise<{ papers: number; concepts: number; edges: number; unlinkedConcepts: number; loadedPapers: number; loadedEdges: number }> =>
    page.evaluate(() => {
      const pg = window.__papergraph!;
      const edgeShown = (edge: string): boolean => pg.sigma.getEdgeDisplayData(edge)?.hidden === false;
      const nodes = pg.renderedNodes();
      const concepts = nodes.filter((node) => pg.graph.getNodeAttribute(node, 'kind') === 'entity');
      return {
        papers: nodes.length - concepts.length,
        concepts: concepts.length,
        edges: pg.graph.filterEdges(edgeShown).length,
        unlinkedConcepts: concepts.filter((node) => !pg.graph.edges(node).some(edgeShown)).length,
        loadedPapers: pg.graph.filterNodes((_node, attrs) => attrs.kind === 'paper').length,
        loadedEdges: pg.graph.size,
      };
    });
  const summary = (): Promise<string | null> => page.locator('.side-summary').textContent();
  // The summary is rewritten once the display rules have applied the new state: what is drawn is measured after it.
  const settled = (): Promise<unknown> => page.waitForFunction(() => / links shown/.test(document.querySelector('.side-summary')?.textContent ?? ''));

  it('hiding "mentions" hides the concepts left with no shown link, keeps every paper, and counts the links shown', async () => {
    await open();
    const before = await shown();
    expect(await summary()).toContain(`${before.loadedEdges.toLocaleString('en-US')} links loaded`);
    await page.locator('[data-filter="role-mentions"]').uncheck();
    await settled();
    expect(await urlParam('roles')).toBe('-mentions');
    const after = await shown();
    expect(after.unlinkedConcepts).toBe(0);
    expect(after.concepts).toBeLessThan(before.concepts);
    expect(after.papers).toBe(before.loadedPapers);
    expect(after.edges).toBeLessThan(before.edges);
    expect(await summary()).toContain(`${after.edges.toLocaleString('en-US')} of ${after.loadedEdges.toLocaleString('en-US')} links shown`);
    expect(errors).toEqual([]);
  });

  it('with every role hidden, only the papers stay and the summary says no link is shown', async () => {
    await open();
    for (const box of await page.locator('[data-filter^="role-"]').all()) await box.uncheck();
    await page.waitForFunction(() => / 0 of [\d,]+ links shown/.test(document.querySelector('.side-summary')?.textContent ?? ''));
    const after = await shown();
    expect([after.concepts, after.edges]).toEqual([0, 0]);
    expect(after.papers).toBe(after.loadedPapers);
  });
});
