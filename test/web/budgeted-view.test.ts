/**
 * A corpus larger than the server's node budget: the explorer opens on the budgeted view and
 * loads neighbourhoods on demand (selecting an unloaded node, "Expand neighbours").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic.js';
import type { GraphView } from '../../src/server/api-types.js';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { openExplorer, startServer, type RunningServer } from './explorer-server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer([...syntheticCorpus(900, 3)]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(path, server.url))).json()) as T;
}

async function open(page: Page, query = ''): Promise<void> {
  await openExplorer(page, `${server.url}${query}`, 60_000);
}

const loadedNodes = (page: Page): Promise<string[]> => page.evaluate(() => window.__papergraph!.graph.nodes());

describe('budgeted view', () => {
  it('opens on the server budget and says how much is not shown', async () => {
    const view = await api<GraphView>('api/graph');
    expect(view.truncated).toBe(true);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await open(page);
    expect((await loadedNodes(page)).length).toBe(view.nodes.length);
    await expect(page.locator('.notice').textContent()).resolves.toContain(`of ${view.total.nodes.toLocaleString('en-US')} nodes`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selecting a node outside the view loads it with its neighbourhood', async () => {
    const initial = new Set((await api<GraphView>('api/graph')).nodes.map((n) => n.id));
    const everything = await api<GraphView>('api/graph?limit=5000');
    const outside = everything.nodes.find((n) => !initial.has(n.id) && n.kind === 'paper');
    expect(outside).toBeDefined();
    const page = await browser.newPage();
    await open(page, `?node=${encodeURIComponent(outside!.id)}`);
    await page.waitForSelector(`.paper-view[data-id="${outside!.id}"]`);
    const loaded = new Set(await loadedNodes(page));
    const neighbourhood = await api<GraphView>(`api/graph?focus=${encodeURIComponent(outside!.id)}&hops=1`);
    for (const node of neighbourhood.nodes) expect(loaded.has(node.id)).toBe(true);
    await page.close();
  });

  it('"Expand neighbours" merges the node’s neighbourhood into the graph', async () => {
    const view = await api<GraphView>('api/graph');
    const page = await browser.newPage();
    await open(page);
    // A loaded node with neighbours the budget left out.
    let target: string | undefined;
    for (const node of view.nodes.filter((n) => n.kind === 'entity').slice(0, 40)) {
      const around = await api<GraphView>(`api/graph?focus=${encodeURIComponent(node.id)}&hops=1`);
      const loaded = new Set(view.nodes.map((n) => n.id));
      if (around.nodes.some((n) => !loaded.has(n.id))) {
        target = node.id;
        break;
      }
    }
    expect(target).toBeDefined();
    const before = (await loadedNodes(page)).length;
    await page.evaluate((id) => window.__papergraph!.select(id), target!);
    await page.waitForSelector(`.entity-view[data-id="${target}"]`);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForSelector('.details-actions button:has-text("+")');
    const after = new Set(await loadedNodes(page));
    expect(after.size).toBeGreaterThan(before);
    const around = await api<GraphView>(`api/graph?focus=${encodeURIComponent(target!)}&hops=1`);
    for (const node of around.nodes) expect(after.has(node.id)).toBe(true);
    await page.close();
  });

  it('filtering a budgeted view refills the budget with nodes that pass the filters', async () => {
    const initial = await api<GraphView>('api/graph');
    const kept = initial.nodes.filter((n) => n.type !== 'Paper' && n.type !== 'Technique').length;
    const filtered = await api<GraphView>('api/graph?types=Model,Benchmark,Dataset,Task,Metric');
    expect(filtered.nodes.length).toBeGreaterThan(kept);
    const page = await browser.newPage();
    await open(page);
    await page.locator('[data-filter="type-Paper"]').uncheck();
    await page.locator('[data-filter="type-Technique"]').uncheck();
    await page.waitForFunction((n) => window.__papergraph!.renderedNodes().length >= n, filtered.nodes.length);
    const types = await page.evaluate(() => {
      const pg = window.__papergraph!;
      return [...new Set(pg.renderedNodes().map((n) => pg.graph.getNodeAttribute(n, 'nodeType')))];
    });
    expect(types).not.toContain('Paper');
    expect(types).not.toContain('Technique');
    await page.close();
  });
});
