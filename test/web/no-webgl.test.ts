/**
 * The explorer in a browser without WebGL: instead of sigma's own failure deep in the renderer, the page
 * says what is missing and what still works.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { assertWebBuilt, sampleCorpus, startServer, type RunningServer } from './explorer-server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer(await sampleCorpus());
  browser = await launchBrowser({ extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('says the explorer needs WebGL, and how to turn it on, when the browser has none', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('#app.fatal');
  const text = await page.textContent('#app');
  expect(text).toMatch(/WebGL turned off or unavailable/);
  expect(text).toMatch(/--use-angle=swiftshader/);
  expect(await page.evaluate(() => window.__papergraph)).toBeUndefined();
  expect(errors).toEqual([]);
});
