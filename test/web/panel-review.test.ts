/**
 * The details panel as the explorer review asked for it, on a handmade corpus served by the real app: a
 * leaderboard of scores in metric-and-unit runs with a "vs" column and visible evidence, a paper's concepts
 * under role headings, and a load error a reader can act on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureCorpus, paper } from '../graph/fixtures.js';
import { launchBrowser, type Browser } from '../support/browser.js';
import { assertWebBuilt, openExplorer, startServer, type RunningServer } from './explorer-server.js';

const DIALBENCH = 'e:Benchmark:dialbench';
const ABSTRACT =
  'We introduce DialBench. Alpha reaches 61.2% accuracy on DialBench. Beta reaches 55% accuracy against turbo-instruct. ' +
  'LOGO trains in 16 hours with KV cache compression. Gamma gains 0.5 points. GPT-4 is rated 2.71 out of 5.';
const DIAL_PAPER = paper('2502.00002', 'DialBench: dialogue scores', ABSTRACT, [
  { name: 'DialBench', type: 'Benchmark', role: 'introduces' },
  { name: 'GPT-4', type: 'Model', role: 'evaluates', aliases: ['gpt-4'] },
  { name: 'KV cache compression', type: 'Technique', role: 'uses' },
], [
  { subject: 'Alpha', benchmark: 'DialBench', metric: 'accuracy', value: 61.2, unit: '%', compared_to: null },
  { subject: 'Beta', benchmark: 'DialBench', metric: 'accuracy', value: 55, unit: '%', compared_to: 'turbo-instruct' },
  { subject: 'LOGO', benchmark: 'DialBench', metric: 'accuracy', value: 16, unit: 'hours', compared_to: null },
  { subject: 'Gamma', benchmark: 'DialBench', metric: 'accuracy', value: 0.5, unit: 'points', compared_to: null },
  { subject: 'gpt-4', benchmark: 'DialBench', metric: 'rating', value: 2.71, unit: 'out of 5', compared_to: null },
]);

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer([...fixtureCorpus(), DIAL_PAPER]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  await openExplorer(page, server.url);
});

async function select(id: string, view: 'entity-view' | 'paper-view'): Promise<void> {
  await page.evaluate((node) => window.__papergraph!.select(node), id);
  await page.waitForSelector(`.${view}[data-id="${id}"]`);
}

const leaderboard = () => page.locator('.details-section', { has: page.locator('h3', { hasText: /^Leaderboard$/ }) });

describe('leaderboard', () => {
  it('ranks only scores, under one sub-heading per metric and unit, and leaves out a time', async () => {
    await select(DIALBENCH, 'entity-view');
    expect(await leaderboard().locator('.group-row').allTextContents()).toEqual(['accuracy (%)', 'accuracy (points)', 'rating (out of 5)']);
    expect(await leaderboard().locator('.result-row td:first-child').allTextContents()).toEqual(['Alpha', 'Beta', 'Gamma', 'GPT-4']);
  });

  it('spaces a word unit from its value and shows what a result is compared to in a vs column', async () => {
    await select(DIALBENCH, 'entity-view');
    expect(await leaderboard().locator('.result-row .num').allTextContents()).toEqual(['61.2%', '55%', '0.5 points', '2.71 out of 5']);
    expect(await leaderboard().locator('.result-row .versus').allTextContents()).toEqual(['', 'turbo-instruct', '', '']);
  });

  it('drops the Benchmark column on the benchmark\'s own board and keeps paper titles from breaking inside a word', async () => {
    await select(DIALBENCH, 'entity-view');
    expect(await leaderboard().locator('thead th').allTextContents()).toEqual(['Model / method', 'Value', 'vs', 'Paper']);
    const wrap = await leaderboard().locator('.result-row .node-link').last().evaluate((node) => getComputedStyle(node).overflowWrap);
    expect(wrap).not.toBe('anywhere');
  });

  it('shows each result\'s evidence sentence as visible text under it', async () => {
    await select(DIALBENCH, 'entity-view');
    const evidence = leaderboard().locator('.evidence-row');
    await expect(evidence.first().isVisible()).resolves.toBe(true);
    expect(await evidence.first().textContent()).toBe('Alpha reaches 61.2% accuracy on DialBench.');
  });
});

describe('paper concepts', () => {
  it('are listed under role headings in role order', async () => {
    await select('p:2502.00002', 'paper-view');
    expect(await page.locator('.paper-view .role-heading').allTextContents()).toEqual(['Introduces (1)', 'Evaluates (1)', 'Uses (1)']);
  });

  it('label an evaluated model "evaluates", not "evaluates on" (most evaluated concepts are no benchmark)', async () => {
    await select('p:2502.00002', 'paper-view');
    const gpt4 = page.locator('.paper-view .concept', { hasText: 'GPT-4' });
    expect(await gpt4.locator('.role').textContent()).toBe('evaluates');
  });
});

describe('load error', () => {
  it('says the server is unreachable without the internal id, and Retry loads the node once it answers', async () => {
    await page.route('**/api/entities/**', (route) => route.abort());
    await page.evaluate((node) => window.__papergraph!.select(node), DIALBENCH);
    await page.waitForSelector('.details .load-error');
    const text = (await page.locator('.details .load-error').textContent())!;
    expect(text).toContain('Server unreachable');
    expect(text).toContain('Could not load DialBench.');
    expect(text).not.toContain(DIALBENCH);
    expect(text).not.toContain('Failed to fetch');
    await page.unroute('**/api/entities/**');
    await page.locator('.details .load-error button', { hasText: 'Retry' }).click();
    await page.waitForSelector(`.entity-view[data-id="${DIALBENCH}"]`);
  });
});
