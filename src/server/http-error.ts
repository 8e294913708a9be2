/** An error whose message is safe to show to the client, with the HTTP status it maps to. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string): HttpError => new HttpError(400, message);
export const notFound = (message: string): HttpError => new HttpError(404, message);
export const unavailable = (message: string): HttpError => new HttpError(503, message);
