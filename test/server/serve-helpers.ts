import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../../src/server/app.js';

export interface Running {
  base: string;
  close(): Promise<void>;
}

/** Starts the real express app on a free port. */
export async function serve(options: AppOptions): Promise<Running> {
  const app = createApp(options);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Fails on any value that looks like a neo4j-driver Integer ({low, high}) or other class instance. */
export function assertPlainJson(value: unknown, path = '$'): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object') throw new Error(`${path}: unexpected ${typeof value}`);
  const keys = Object.keys(value as object);
  if (keys.length === 2 && keys.includes('low') && keys.includes('high')) throw new Error(`${path}: driver Integer leaked`);
  for (const [k, v] of Object.entries(value as object)) assertPlainJson(v, `${path}.${k}`);
}
