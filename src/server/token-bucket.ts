/** A token bucket per client: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

const MAX_CLIENTS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for the client; returns 0 when allowed, else the seconds until the next token. */
  take(client: string): number {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.limit.perMinute);
    bucket.at = now;
    if (!this.buckets.has(client)) this.remember(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) * 60) / this.limit.perMinute);
  }

  /** Bounded memory under many clients: forget the oldest buckets first (Map keeps insertion order). */
  private remember(client: string, bucket: { tokens: number; at: number }): void {
    if (this.buckets.size >= MAX_CLIENTS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    this.buckets.set(client, bucket);
  }
}
