/** What `papergraph serve` answers while it is still reading the corpus (before the app exists). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stillLoading } from '../../src/cli/commands/serve.js';

describe('serve while still loading', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(stillLoading);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a browser navigating to the page with a 503 HTML page that reloads itself', async () => {
    const response = await fetch(`${base}/?selected=p:2402.13753`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('retry-after')).toBe('2');
    const page = await response.text();
    expect(page).toContain('<meta http-equiv="refresh" content="2">');
    expect(page).toMatch(/<p>Loading… papergraph is still reading/);
  });

  it('keeps answering the API with JSON, even to a request that accepts HTML', async () => {
    for (const [path, accept] of [['/api/graph', 'application/json'], ['/api/health', 'text/html'], ['/api', 'text/html'], ['/assets/index.js', '*/*']] as const) {
      const response = await fetch(`${base}${path}`, { headers: { accept } });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ error: 'papergraph is still reading and extracting the corpus; try again in a moment' });
    }
  });
});
