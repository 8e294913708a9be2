import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** Below this, gzip costs more than it saves. */
const GZIP_FROM = 2048;

/** A JSON body serialised once (and gzipped once, on first need), for responses served many times. */
export class EncodedJson {
  readonly text: string;
  #gzipped?: Buffer;

  constructor(body: unknown) {
    this.text = JSON.stringify(body);
  }

  get gzipped(): Buffer {
    return (this.#gzipped ??= gzipSync(this.text));
  }
}

/**
 * Sends a JSON body, gzipped when the client accepts it: graph views are large and very
 * compressible (a few MB of JSON shrink about tenfold), and express has no built-in compression.
 */
export function sendJson(req: Request, res: Response, body: unknown, status = 200): void {
  const encoded = body instanceof EncodedJson ? body : new EncodedJson(body);
  res.status(status).type('application/json; charset=utf-8').vary('Accept-Encoding');
  if (encoded.text.length >= GZIP_FROM && /\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.set('Content-Encoding', 'gzip').send(encoded.gzipped);
  } else {
    res.send(encoded.text);
  }
}
