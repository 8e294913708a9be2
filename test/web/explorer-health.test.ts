/**
 * The explorer says when /api/health is not ok (a configured Neo4j that stopped answering), in a
 * notice that stays until dismissed; a healthy server shows none.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { createApp } from '../../src/server/app.js';
import { closeDrivers } from '../../src/store/driver.js';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { sampleCorpus, startServer, type RunningServer } from './explorer-server.js';

const STATIC_DIR = process.env.PAPERGRAPH_WEB_DIST || join(import.meta.dirname, '../../web/dist');

describe('explorer health notice', () => {
  let degraded: Server;
  let degradedUrl: string;
  let healthy: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error(`${STATIC_DIR} is not built: run \`npm run build\` first`);
    const items = await sampleCorpus();
    const app = createApp({ corpus: new Corpus(items), neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }, staticDir: STATIC_DIR });
    degraded = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    degradedUrl = `http://127.0.0.1:${(degraded.address() as AddressInfo).port}/`;
    healthy = await startServer(items);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => degraded?.close(resolve));
    await healthy?.close();
    await closeDrivers();
  });

  it('shows a dismissible notice that Neo4j is unreachable when /api/health is degraded', async () => {
    const page = await browser.newPage();
    await page.goto(degradedUrl);
    await page.waitForSelector('.health-notice', { timeout: 30_000 });
    expect(await page.locator('.health-notice span').textContent()).toMatch(/^Neo4j is unreachable: .*Start Neo4j, then reload\.$/);
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
