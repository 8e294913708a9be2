/**
 * The explorer in a real browser (headless Debian chromium) against the real app serving the
 * built web/dist, with the sample corpus plus a fixture paper whose title carries markup.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDetail, SearchResponse } from '../../src/server/api-types.js';
import { launchBrowser, watchErrors, type Browser } from '../support/browser.js';
import { extractPaper } from '../../src/extraction/extract.js';
import { assertWebBuilt, openExplorer, sampleCorpus, startServer, type RunningServer } from './explorer-server.js';

const ROOT = join(import.meta.dirname, '../..');
const XSS_TITLE = 'Probing <img src=x onerror=alert(1)> long-context attacks';
const XSS_PAPER = {
  id: 'fixture-xss',
  title: XSS_TITLE,
  abstract: 'We test <script>alert(2)</script> prompts and evaluate on LongBench with GPT-4.',
  source: 'fixture',
};
const LONGBENCH = 'e:Benchmark:longbench';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let dialogs: string[];

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer(await sampleCorpus([XSS_PAPER]));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  errors = watchErrors(page);
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

async function open(query = ''): Promise<void> {
  await openExplorer(page, `${server.url}${query}`);
}

const renderedTypes = (): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const pg = window.__papergraph!;
    const counts: Record<string, number> = {};
    for (const node of pg.renderedNodes()) {
      const type = pg.graph.getNodeAttribute(node, 'nodeType');
      counts[type] = (counts[type] ?? 0) + 1;
    }
    return counts;
  });

const panelTitle = (): Promise<string | null> => page.locator('.details-title').textContent();

describe('explorer', () => {
  it('loads the sample corpus and draws its nodes on the WebGL canvas', async () => {
    await open();
    const info = await page.evaluate(() => {
      const pg = window.__papergraph!;
      // The WebGL buffer is not preserved: render and copy in the same task, then count pixels.
      pg.sigma.refresh();
      const nodes = pg.sigma.getCanvases().nodes!;
      const copy = document.createElement('canvas');
      copy.width = nodes.width;
      copy.height = nodes.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(nodes, 0, 0);
      const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { order: pg.graph.order, rendered: pg.renderedNodes().length, painted };
    });
    expect(info.order).toBeGreaterThan(100);
    expect(info.rendered).toBe(info.order);
    expect(info.painted).toBeGreaterThan(1000);
    await expect(page.locator('[data-filter="type-Paper"]').isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('searching "LongBench" and choosing it flies to it and lists the papers that evaluate on it', async () => {
    await open();
    const before = await page.evaluate(() => window.__papergraph!.sigma.getCamera().ratio);
    await page.locator('.search-input').pressSequentially('LongBench', { delay: 20 });
    await page.waitForSelector('.search-option');
    const options = await page.locator('.search-option .option-label').allTextContents();
    expect(options[0]).toBe('LongBench');
    await page.keyboard.press('Enter');

    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    expect(await panelTitle()).toBe('LongBench');
    const expected = (await (await fetch(`${server.url}api/entities/${encodeURIComponent(LONGBENCH)}`)).json()) as EntityDetail;
    expect(expected.papersByRole.evaluates.length).toBeGreaterThan(1);
    const listed = await page.locator('[data-section="papers-evaluates"] .paper-title').allTextContents();
    expect(listed).toEqual(expected.papersByRole.evaluates.map((p) => p.title));

    expect(new URL(page.url()).searchParams.get('node')).toBe(LONGBENCH);
    await page.waitForFunction(() => !window.__papergraph!.sigma.getCamera().isAnimated());
    const camera = await page.evaluate((id) => {
      const pg = window.__papergraph!;
      const d = pg.sigma.getNodeDisplayData(id)!;
      const c = pg.sigma.getCamera();
      return { dx: Math.abs(c.x - d.x), dy: Math.abs(c.y - d.y), ratio: c.ratio };
    }, LONGBENCH);
    expect(camera.dx).toBeLessThan(1e-3);
    expect(camera.dy).toBeLessThan(1e-3);
    expect(camera.ratio).toBeLessThan(before);
  });

  it('search is keyboard navigable: ArrowDown moves the active option and Enter picks it', async () => {
    await open();
    await page.locator('.search-input').pressSequentially('LongBench', { delay: 20 });
    await page.waitForSelector('.search-option');
    const second = await page.locator('.search-option').nth(1).getAttribute('data-id');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-option').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-id="${second}"].entity-view, [data-id="${second}"].paper-view`);
  });

  it('hovering a node highlights its neighbourhood and fades the rest, without touching the graph', async () => {
    await open();
    const target = await page.evaluate((id) => {
      const pg = window.__papergraph!;
      const d = pg.sigma.getNodeDisplayData(id)!;
      const point = pg.sigma.framedGraphToViewport(d);
      const box = pg.sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, LONGBENCH);
    const colours = (): Promise<{ graph: string; neighbour: string; stranger: string; strangerLabel: string | null | undefined }> =>
      page.evaluate((id) => {
        const pg = window.__papergraph!;
        const neighbours = new Set(pg.graph.neighbors(id));
        const neighbour = [...neighbours][0]!;
        const stranger = pg.graph.findNode((n) => n !== id && !neighbours.has(n))!;
        return {
          graph: pg.graph.getNodeAttribute(stranger, 'color'),
          neighbour: pg.sigma.getNodeDisplayData(neighbour)!.color,
          stranger: pg.sigma.getNodeDisplayData(stranger)!.color,
          strangerLabel: pg.sigma.getNodeDisplayData(stranger)!.label,
        };
      }, LONGBENCH);
    const before = await colours();
    expect(before.stranger).toBe(before.graph);
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction(() => window.__papergraph!.sigma.getContainer().style.cursor === 'pointer');
    const during = await colours();
    expect(during.stranger).not.toBe(before.stranger);
    expect(during.strangerLabel).toBeFalsy();
    expect(during.neighbour).toBe(before.neighbour);
    expect(during.graph).toBe(before.graph);
    await page.mouse.move(5, 300);
    await page.waitForFunction(() => window.__papergraph!.sigma.getContainer().style.cursor === '');
    expect((await colours()).stranger).toBe(before.stranger);
  });

  it('cluster colouring paints nodes by community and names the clusters in the legend', async () => {
    await open();
    await page.locator('[data-color="community"]').click();
    await page.waitForSelector('.legend-row.community');
    const check = await page.evaluate(() => {
      const pg = window.__papergraph!;
      const node = pg.graph.nodes()[0]!;
      return { shown: pg.sigma.getNodeDisplayData(node)!.color, community: pg.graph.getNodeAttribute(node, 'communityColor') };
    });
    expect(check.shown).toBe(check.community);
    const names = await page.locator('.legend-row.community .filter-label').allTextContents();
    expect(names.length).toBeGreaterThan(2);
    expect(names.every((name) => name.trim().length > 0)).toBe(true);
    const total = await page.evaluate(() => new Set(window.__papergraph!.graph.mapNodes((_, attrs) => attrs.community)).size);
    // The sample has more clusters than the legend names: the legend must say so.
    expect(total).toBeGreaterThan(names.length);
    await expect(page.locator('.legend-rest').textContent()).resolves.toMatch(new RegExp(`^${names.length} largest of ${total} clusters; the other ${total - names.length} hold \\d+ nodes$`));
    expect(new URL(page.url()).searchParams.get('color')).toBe('community');
  });

  it('unchecking a node type hides exactly that type', async () => {
    await open();
    const before = await renderedTypes();
    expect(before.Benchmark).toBeGreaterThan(0);
    await page.locator('[data-filter="type-Benchmark"]').uncheck();
    const after = await renderedTypes();
    expect(after.Benchmark).toBeUndefined();
    expect(after.Paper).toBe(before.Paper);
    expect(after.Model).toBe(before.Model);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('Benchmark');
  });

  it('says how many nodes the filters leave, beside how many are loaded', async () => {
    await open();
    const loaded = await page.evaluate(() => window.__papergraph!.graph.order);
    expect(await page.locator('.side-summary').textContent()).toMatch(new RegExp(`^${loaded.toLocaleString('en-US')} nodes · `));
    await page.locator('[data-filter="type-Benchmark"]').uncheck();
    const shown = await page.evaluate(() => window.__papergraph!.renderedNodes().length);
    expect(shown).toBeLessThan(loaded);
    await page.waitForFunction((text) => document.querySelector('.side-summary')?.textContent?.startsWith(text), `${shown.toLocaleString('en-US')} of ${loaded.toLocaleString('en-US')} nodes shown · `);
  });

  it('a link to a node this graph lacks says so and drops it from the URL', async () => {
    await open('?node=p%3Adoesnotexist&hide=Metric');
    await page.waitForSelector('.notice:not([hidden])');
    expect(await page.locator('.notice').textContent()).toBe('The link\'s “p:doesnotexist” is not in this graph.');
    const params = new URL(page.url()).searchParams;
    expect([params.get('node'), params.get('hide')]).toEqual([null, 'Metric']);
    // The browser logs the graph API's 404 for the unknown id; nothing else may fail.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });

  it('the Details and Console tabs follow the tabs pattern: arrow keys switch, each tab names its panel', async () => {
    await open();
    const tab = (name: string) => page.locator(`[data-tab="${name}"]`);
    expect(await tab('details').getAttribute('aria-controls')).toBe('panel-details');
    expect(await page.locator('#panel-console').getAttribute('aria-labelledby')).toBe('tab-console');
    expect([await tab('details').getAttribute('tabindex'), await tab('console').getAttribute('tabindex')]).toEqual(['0', '-1']);
    await tab('details').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab('console').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('console');
    expect(await page.locator('#panel-console').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await tab('details').getAttribute('aria-selected')).toBe('true');
    // The filter groups are named by their headings.
    const group = page.locator('[role="group"][aria-labelledby="side-node-types"]');
    expect(await group.locator('input[type="checkbox"]').count()).toBeGreaterThan(3);
    expect(await page.locator('#side-node-types').textContent()).toBe('Node types');
  });

  it('the graph takes keyboard focus: arrows pan, + zooms, 0 fits, and ] and [ walk the open node\'s neighbours', async () => {
    await open(`?node=${encodeURIComponent(LONGBENCH)}`);
    const settle = () => page.waitForFunction(() => !window.__papergraph!.sigma.getCamera().isAnimated());
    // The camera itself, not a node's place on screen: the panel loading beside the graph may narrow the stage and move
    // every node on screen with no key pressed (a check on a node's screen position failed in full runs, likely so).
    const camera = () => page.evaluate(() => window.__papergraph!.sigma.getCamera().getState());
    // The link's fly-to starts after the node loads: wait until it has landed, or it would cancel the first pan.
    await page.waitForFunction((id) => {
      const pg = window.__papergraph!;
      const d = pg.sigma.getNodeDisplayData(id);
      const c = pg.sigma.getCamera();
      return d !== undefined && !c.isAnimated() && Math.abs(c.x - d.x) < 1e-3 && Math.abs(c.y - d.y) < 1e-3;
    }, LONGBENCH);
    const graph = page.locator('#graph');
    expect(await graph.getAttribute('tabindex')).toBe('0');
    expect(await graph.getAttribute('aria-label')).toMatch(/Arrow keys pan/);
    await graph.focus();
    const start = await camera();
    const step = 0.1 * start.ratio; // a tenth of the view
    await page.keyboard.press('ArrowRight');
    await settle();
    const right = await camera();
    // Looking right moves the camera right in sigma's graph space (what is shown slides left).
    expect(right.x - start.x).toBeCloseTo(step, 4);
    expect(right.y).toBeCloseTo(start.y, 6);
    await page.keyboard.press('ArrowUp');
    await settle();
    expect((await camera()).y - right.y).toBeCloseTo(step, 4);
    await page.keyboard.press('+');
    await settle();
    expect((await camera()).ratio).toBeLessThan(start.ratio);
    await page.keyboard.press('0');
    await settle();
    expect((await camera()).ratio).toBeCloseTo(1, 5);

    const ring = await page.evaluate((id) => {
      const g = window.__papergraph!.graph;
      return g.neighbors(id).sort((a, b) => g.getNodeAttribute(a, 'label').localeCompare(g.getNodeAttribute(b, 'label')));
    }, LONGBENCH);
    expect(ring.length).toBeGreaterThan(2);
    const opened = (id: string) => page.waitForFunction((want) => new URL(location.href).searchParams.get('node') === want, id);
    await page.keyboard.press(']');
    await opened(ring[0]!);
    await page.keyboard.press(']');
    await opened(ring[1]!);
    await page.keyboard.press('[');
    await opened(ring[0]!);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    expect(errors).toEqual([]);
  });

  it('Escape closes the open Export menu and leaves the selection alone', async () => {
    await open(`?node=${encodeURIComponent(LONGBENCH)}`);
    await page.locator('.menu summary').click();
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(new URL(page.url()).searchParams.get('node')).toBe(LONGBENCH);
  });

  it('a narrow window stacks the panels under the graph instead of squeezing it', async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await open();
    const stage = await page.locator('.stage').boundingBox();
    const panel = await page.locator('.panel').boundingBox();
    expect(stage!.width).toBeGreaterThan(780);
    expect(panel!.y).toBeGreaterThanOrEqual(stage!.y + stage!.height - 1);
    expect(await page.locator('.side-summary').isVisible()).toBe(true);
  });

  it('a phone-width window keeps every toolbar control on screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.topbar button, .topbar input, .topbar summary')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => el.textContent?.trim() || el.getAttribute('placeholder')),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('unchecking a role hides the links of that role and keeps the others', async () => {
    await open();
    const shownByKind = (): Promise<Record<string, number>> =>
      page.evaluate(() => {
        const pg = window.__papergraph!;
        const counts: Record<string, number> = {};
        pg.graph.forEachEdge((edge, attrs) => {
          if (pg.sigma.getEdgeDisplayData(edge)?.hidden === false) counts[attrs.kind] = (counts[attrs.kind] ?? 0) + 1;
        });
        return counts;
      });
    const before = await shownByKind();
    expect(before.evaluates).toBeGreaterThan(0);
    await page.locator('[data-filter="role-evaluates"]').uncheck();
    const after = await shownByKind();
    expect(after.evaluates).toBeUndefined();
    expect(after.uses).toBe(before.uses);
    expect(new URL(page.url()).searchParams.get('roles')).toBe('-evaluates');
  });

  it('the minimum-links slider hides weakly connected nodes', async () => {
    await open();
    const before = await page.evaluate(() => window.__papergraph!.renderedNodes().length);
    await page.locator('[data-filter="min-degree"]').fill('3');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('deg') === '3');
    const degrees = await page.evaluate(() => {
      const pg = window.__papergraph!;
      return pg.renderedNodes().map((n) => pg.graph.getNodeAttribute(n, 'degree'));
    });
    expect(degrees.length).toBeGreaterThan(0);
    expect(degrees.length).toBeLessThan(before);
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(3);
  });

  it('the link-confidence slider hides weak links and the concepts left with none', async () => {
    await open();
    const shown = (): Promise<{ nodes: number; weakEdges: number; edges: number; unlinkedConcepts: number }> =>
      page.evaluate(() => {
        const pg = window.__papergraph!;
        const min = pg.store.get().minConfidence;
        const edges = pg.graph.filterEdges((edge) => pg.sigma.getEdgeDisplayData(edge)?.hidden === false);
        const nodes = pg.renderedNodes();
        const strong = (node: string): boolean => pg.graph.edges(node).some((edge) => pg.graph.getEdgeAttribute(edge, 'confidence') >= min);
        return {
          nodes: nodes.length,
          edges: edges.length,
          weakEdges: edges.filter((edge) => pg.graph.getEdgeAttribute(edge, 'confidence') < min).length,
          unlinkedConcepts: nodes.filter((node) => pg.graph.getNodeAttribute(node, 'kind') === 'entity' && !strong(node)).length,
        };
      });
    const before = await shown();
    await page.locator('[data-filter="min-confidence"]').fill('0.9');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('conf') === '0.9');
    const after = await shown();
    expect(after.weakEdges).toBe(0);
    expect(after.unlinkedConcepts).toBe(0);
    expect(after.edges).toBeGreaterThan(0);
    expect(after.edges).toBeLessThan(before.edges);
    expect(after.nodes).toBeLessThan(before.nodes);
  });

  it('focus mode keeps only the 1-hop neighbourhood', async () => {
    await open(`?node=${encodeURIComponent(LONGBENCH)}`);
    await page.waitForSelector('.entity-view');
    await page.getByRole('button', { name: 'Focus 1 hop' }).click();
    await page.waitForSelector('.focus-banner:not([hidden])');
    const { rendered, expected } = await page.evaluate((id) => {
      const pg = window.__papergraph!;
      return { rendered: pg.renderedNodes().sort(), expected: [id, ...pg.graph.neighbors(id)].sort() };
    }, LONGBENCH);
    expect(rendered).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(LONGBENCH);
  });

  it('restores selection, filters, focus and colouring from the URL', async () => {
    await open(`?node=${encodeURIComponent(LONGBENCH)}&hide=Metric,Task&color=community&deg=2`);
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    await expect(page.locator('[data-filter="type-Metric"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-filter="type-Task"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-color="community"]').getAttribute('aria-pressed')).resolves.toBe('true');
    const types = await renderedTypes();
    expect(types.Metric).toBeUndefined();
    expect(types.Task).toBeUndefined();
    expect(types.Paper).toBeGreaterThan(0);
    await expect(page.locator('[data-filter="min-degree"]').inputValue()).resolves.toBe('2');
    const weakest = await page.evaluate(() => {
      const pg = window.__papergraph!;
      return Math.min(...pg.renderedNodes().map((n) => pg.graph.getNodeAttribute(n, 'degree')));
    });
    expect(weakest).toBeGreaterThanOrEqual(2);
    // Reload keeps the same view.
    await page.reload();
    await page.waitForFunction(() => window.__papergraph !== undefined);
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    await expect(page.locator('[data-filter="type-Metric"]').isChecked()).resolves.toBe(false);
  });

  it('a paper lists related papers before its concepts, and quotes each evidence sentence once', async () => {
    await open();
    const paper = await page.evaluate(() => window.__papergraph!.graph.findNode((_n, a) => a.kind === 'paper' && /ShadowKV/.test(String(a.label)))!);
    await page.evaluate((id) => window.__papergraph!.select(id), paper);
    await page.waitForSelector(`.paper-view[data-id="${paper}"]`);
    const headings = await page.locator('.paper-view h3').allTextContents();
    expect(headings.indexOf('Related papers')).toBeLessThan(headings.findIndex((h) => h.startsWith('Concepts')));
    const quotes = await page.locator('.paper-view .link-list blockquote.evidence').allTextContents();
    const concepts = await page.locator('.paper-view .concept').count();
    expect(new Set(quotes).size).toBe(quotes.length);
    // ShadowKV's abstract names many concepts per sentence: fewer quotes than concepts.
    expect(quotes.length).toBeLessThan(concepts);
  });

  it('back and forward move between selections and filters', async () => {
    await open();
    const paper = await page.evaluate(() => window.__papergraph!.graph.findNode((_n, a) => a.kind === 'paper')!);
    await page.evaluate((id) => window.__papergraph!.select(id), LONGBENCH);
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    await page.evaluate((id) => window.__papergraph!.select(id), paper);
    await page.waitForSelector(`.paper-view[data-id="${paper}"]`);
    await page.locator('[data-filter="type-Model"]').uncheck();

    await page.goBack();
    await expect(page.locator('[data-filter="type-Model"]').isChecked()).resolves.toBe(true);
    await page.waitForSelector(`.paper-view[data-id="${paper}"]`);
    await page.goBack();
    await page.waitForSelector(`.entity-view[data-id="${LONGBENCH}"]`);
    await page.goForward();
    await page.waitForSelector(`.paper-view[data-id="${paper}"]`);
    await page.goForward();
    await expect(page.locator('[data-filter="type-Model"]').isChecked()).resolves.toBe(false);
    expect((await renderedTypes()).Model).toBeUndefined();
  });

  it('shows a title containing markup literally and never runs it', async () => {
    await open(`?node=${encodeURIComponent('p:fixture-xss')}`);
    await page.waitForSelector('.paper-view');
    expect(await panelTitle()).toBe(XSS_TITLE);
    expect(await page.locator('.abstract').textContent()).toBe(XSS_PAPER.abstract);
    expect(await page.locator('.details img, .details script').count()).toBe(0);
    // The graph label and the search option show it as text too.
    await page.locator('.search-input').pressSequentially('Probing', { delay: 20 });
    await page.waitForSelector('.search-option');
    expect(await page.locator('.search-option[data-id="p:fixture-xss"] .option-label').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it('shows a paper\'s arXiv categories as small muted text under the authors and date, as text', async () => {
    // Its own two-paper server: a paper with categories (one carrying markup) and authors, one without.
    const withCategories = {
      id: '2106.09685', title: 'Low-rank adapters for language models', abstract: 'We fine-tune language models with low-rank adapters.',
      published: '2021-06-17', authors: ['Edward Hu'], categories: ['cs.CL', '<b>cs.LG</b>'], source: 'fixture',
    };
    const without = { id: '2106.09686', title: 'Adapters without categories', abstract: 'We fine-tune language models with adapters.', source: 'fixture' };
    const small = await startServer([withCategories, without].map((paper) => ({ paper, extraction: extractPaper(paper) })));
    try {
      await page.goto(`${small.url}?node=${encodeURIComponent('p:2106.09685')}`);
      const categories = page.locator('.paper-view .details-header .categories');
      await categories.waitFor();
      expect(await categories.textContent()).toBe('cs.CL · <b>cs.LG</b>');
      expect(await page.locator('.details-header b').count()).toBe(0);
      // Right under the authors and date, and quieter than them.
      expect(await categories.evaluate((node) => node.previousElementSibling?.textContent)).toBe('2021-06-17 · Edward Hu');
      const [meta, cats] = await Promise.all([page.locator('.details-header .meta').first(), categories].map((l) => l.evaluate((node) => { const style = getComputedStyle(node); return { fontSize: style.fontSize, color: style.color }; })));
      expect(parseFloat(cats!.fontSize)).toBeLessThan(parseFloat(meta!.fontSize));
      expect(cats!.color).not.toBe(meta!.color);
      await page.goto(`${small.url}?node=${encodeURIComponent('p:2106.09686')}`);
      await page.waitForSelector('.paper-view[data-id="p:2106.09686"]');
      expect(await page.locator('.paper-view .categories').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('clicking a related paper in the paper panel selects it', async () => {
    const paper = 'p:fixture-xss';
    await open(`?node=${encodeURIComponent(paper)}`);
    await page.waitForSelector('.related-item');
    const target = await page.locator('.related-item').first().getAttribute('data-id');
    await page.locator('.related-item .related-title').first().click();
    await page.waitForSelector(`.paper-view[data-id="${target}"]`);
    expect(new URL(page.url()).searchParams.get('node')).toBe(target);
  });

  it('exports the visible graph as GEXF and GraphML, and the view as PNG', async () => {
    await open(`?hide=Metric&node=${encodeURIComponent(LONGBENCH)}`);
    await page.waitForSelector('.entity-view');
    const visible = await page.evaluate(() => window.__papergraph!.renderedNodes().length);
    const take = async (kind: string): Promise<Buffer> => {
      await page.locator('.menu summary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
      return readFileSync((await download.path())!);
    };
    const gexf = (await take('gexf')).toString('utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)?.length).toBe(visible);
    const graphml = (await take('graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<node /g)?.length).toBe(visible);
    const png = await take('png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The image shows the selected node in its colour at its place (layers stacked in order).
    const pixel = await page.evaluate(
      async ({ data, id }) => {
        const pg = window.__papergraph!;
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const at = pg.sigma.framedGraphToViewport(pg.sigma.getNodeDisplayData(id)!);
        const scale = image.width / pg.sigma.getContainer().clientWidth;
        return [...ctx.getImageData(Math.round(at.x * scale), Math.round(at.y * scale), 1, 1).data];
      },
      { data: png.toString('base64'), id: LONGBENCH },
    );
    const benchmarkRed = [0xdc, 0x26, 0x26];
    pixel.slice(0, 3).forEach((channel, i) => expect(Math.abs(channel - benchmarkRed[i]!)).toBeLessThan(12));
  });

  it('"Run layout" moves nodes with ForceAtlas2 in a worker, and stopping it stops them', async () => {
    await open();
    const positions = (): Promise<number[]> =>
      page.evaluate(() => window.__papergraph!.graph.mapNodes((_n, a) => a.x + a.y).slice(0, 50));
    const before = await positions();
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const moved = await positions();
    expect(moved).not.toEqual(before);
    await page.waitForTimeout(400);
    const settled = await positions();
    await page.waitForTimeout(400);
    expect(await positions()).toEqual(settled);
  });

  it('tearing the explorer down terminates the layout worker', async () => {
    await open();
    await page.getByRole('button', { name: 'Run layout' }).click();
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    await page.evaluate(() => window.__papergraph!.destroy());
    await expect.poll(() => page.workers().length).toBe(0);
  });

  it('saves the README screenshot: a paper selected, its concepts highlighted in graph and abstract', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const search = (await (await fetch(`${server.url}api/search?q=LongBench`)).json()) as SearchResponse;
    const paper = search.hits.find((hit) => hit.kind === 'paper')!.id;
    await open(`?node=${encodeURIComponent(paper)}`);
    await page.waitForSelector('.paper-view .mention');
    expect(await page.locator('.paper-view .mention').count()).toBeGreaterThan(3);
    await page.waitForFunction(() => !window.__papergraph!.sigma.getCamera().isAnimated());
    // Pull back a little so the neighbourhood is seen within the rest of the graph.
    await page.evaluate((id) => {
      const pg = window.__papergraph!;
      const d = pg.sigma.getNodeDisplayData(id)!;
      pg.sigma.getCamera().setState({ x: d.x + 0.08, y: d.y, ratio: 0.6 });
    }, paper);
    await page.waitForTimeout(300);
    // Saved beside the other test outputs (gitignored) so a test run leaves the tree clean;
    // docs/screenshot.png, shown in the README, is a copy of it.
    mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
    const file = join(ROOT, 'test/artifacts/screenshot.png');
    await page.screenshot({ path: file });
    expect(readFileSync(file).length).toBeGreaterThan(50_000);
  });
});
