/**
 * The explorer says when /api/health is not ok (a configured Neo4j that stopped answering), in a
 * notice that stays until dismissed; a healthy server shows none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { closeDrivers } from '../../src/store/driver.js';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { assertWebBuilt, listen, sampleCorpus, startServer, UNREACHABLE_NEO4J, type RunningServer } from './explorer-server.js';

describe('explorer health notice', () => {
  let degraded: RunningServer;
  let healthy: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    assertWebBuilt();
    const items = await sampleCorpus();
    degraded = await listen(new Corpus(items), { neo4j: UNREACHABLE_NEO4J });
    healthy = await startServer(items);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await degraded?.close();
    await healthy?.close();
    await closeDrivers();
  });

  it('shows a dismissible notice that Neo4j is unreachable when /api/health is degraded', async () => {
    const page = await browser.newPage();
    await page.goto(degraded.url);
    await page.waitForSelector('.health-notice', { timeout: 30_000 });
    expect(await page.locator('.health-notice span').textContent()).toMatch(/^Neo4j is unreachable: .*Start Neo4j, then reload\.$/);
    // Top right, clear of the notices that come and go bottom left.
    const gaps = await page.locator('.health-notice').evaluate((node) => {
      const box = node.getBoundingClientRect();
      const stage = node.parentElement!.getBoundingClientRect();
      return { top: box.top - stage.top, right: stage.right - box.right };
    });
    expect(gaps).toEqual({ top: 16, right: 16 });
    await page.locator('.health-notice button', { hasText: '×' }).click();
    expect(await page.locator('.health-notice').count()).toBe(0);
  });

  it('shows no such notice when the server is healthy', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const health = page.waitForResponse((response) => response.url().endsWith('/api/health'));
    await page.goto(healthy.url);
    expect(await (await health).json()).toMatchObject({ status: 'ok' });
    await page.waitForFunction(() => window.__papergraph !== undefined, null, { timeout: 30_000 });
    expect(await page.locator('.health-notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
