/**
 * The console when the server has a Neo4j configured but it does not answer (stopped after the
 * server started): one short error, styled as one, saying what to do, and Run disabled.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { createApp } from '../../src/server/app.js';
import { closeDrivers } from '../../src/store/driver.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { sampleCorpus } from './explorer-server.js';

const STATIC_DIR = process.env.PAPERGRAPH_WEB_DIST || join(import.meta.dirname, '../../web/dist');

describe('console with Neo4j down', () => {
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error(`${STATIC_DIR} is not built: run \`npm run build\` first`);
    const app = createApp({ corpus: new Corpus(await sampleCorpus()), neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }, staticDir: STATIC_DIR });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await closeDrivers();
  });

  it('shows the head of the server message as an error that says to start Neo4j and reload, and disables Run', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__papergraph !== undefined, null, { timeout: 30_000 });
    await page.locator('[data-tab="console"]').click();
    await page.waitForSelector('.console-error:not([hidden])', { timeout: 30_000 });
    expect(await page.locator('.console-error strong').textContent()).toBe('Neo4j is unreachable: start it, then reload the page.');
    const detail = page.locator('.console-error pre');
    expect(await detail.textContent()).toBe('Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(await detail.getAttribute('title')).toMatch(/^Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)\. Start one with/);
    expect(await page.locator('.console-status').textContent()).toBe('');
    expect(await page.locator('.console-run').isDisabled()).toBe(true);
  });
});
