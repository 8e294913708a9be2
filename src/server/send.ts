import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** Below this, gzip costs more than it saves. */
const GZIP_FROM = 2048;

/**
 * Sends a JSON body, gzipped when the client accepts it: graph views are large and very
 * compressible (a few MB of JSON shrink about tenfold), and express has no built-in compression.
 */
export function sendJson(req: Request, res: Response, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  res.status(status).type('application/json; charset=utf-8').vary('Accept-Encoding');
  if (text.length >= GZIP_FROM && /\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.set('Content-Encoding', 'gzip').send(gzipSync(text));
  } else {
    res.send(text);
  }
}
