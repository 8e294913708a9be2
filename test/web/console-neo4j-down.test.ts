/**
 * The console when the server has a Neo4j configured but it does not answer (stopped after the
 * server started): one short error, styled as one, saying what to do, and Run disabled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { closeDrivers } from '../../src/store/driver.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { assertWebBuilt, listen, openExplorer, sampleCorpus, UNREACHABLE_NEO4J, type RunningServer } from './explorer-server.js';

describe('console with Neo4j down', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    assertWebBuilt();
    server = await listen(new Corpus(await sampleCorpus()), { neo4j: UNREACHABLE_NEO4J });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeDrivers();
  });

  it('shows the head of the server message as an error that says to start Neo4j and reload, and disables Run', async () => {
    const page = await browser.newPage();
    await openExplorer(page, server.url);
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
