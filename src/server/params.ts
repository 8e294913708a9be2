import type { Request } from 'express';
import { badRequest } from './http-error.js';

/**
 * Query-string validation. Every parameter is read through these: a repeated parameter
 * (`?q=a&q=b` arrives as an array) or a nested one (`?q[x]=1`) is a 400, never a crash.
 */
export function stringParam(req: Request, name: string, options: { max: number }): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`"${name}" must be given once, as text`);
  if (value.length > options.max) throw badRequest(`"${name}" is too long (at most ${options.max} characters)`);
  return value;
}

/** A misspelt parameter (`mindegree`) is a 400 naming it, rather than silently ignored. */
export function onlyParams(req: Request, allowed: readonly string[]): void {
  const unknown = Object.keys(req.query).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) throw badRequest(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} (allowed: ${allowed.join(', ') || 'none'})`);
}

/** An integer within [min, max]; values above `max` are capped (a budget, not an error). */
export function intParam(req: Request, name: string, options: { min: number; max: number; fallback: number }): number {
  const raw = stringParam(req, name, { max: 20 });
  if (raw === undefined || raw === '') return options.fallback;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`"${name}" must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < options.min) throw badRequest(`"${name}" must be at least ${options.min}`);
  return Math.min(value, options.max);
}

/** A comma-separated list whose every item must come from `allowed`; undefined when absent. */
export function listParam<T extends string>(req: Request, name: string, allowed: readonly T[]): Set<T> | undefined {
  const raw = stringParam(req, name, { max: 500 });
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0) throw badRequest(`unknown ${name}: ${unknown.join(', ')} (allowed: ${allowed.join(', ')})`);
  return new Set(items as T[]);
}

/**
 * Path ids: bounded length, no control characters. A wildcard parameter (`/papers/*id`) arrives as
 * its decoded segments; they are joined back, so an old-style arXiv id keeps its slash
 * ("hep-th/9901001" and "hep-th%2F9901001" give the same id).
 */
export function idParam(req: Request, name: string): string {
  const raw: unknown = req.params[name];
  const value = Array.isArray(raw) ? raw.join('/') : raw;
  if (typeof value !== 'string' || value.length === 0) throw badRequest(`missing ${name}`);
  if (value.length > 500 || /[\u0000-\u001f\u007f]/.test(value)) throw badRequest(`invalid ${name}`);
  return value;
}
