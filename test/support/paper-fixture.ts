import { entityKey } from '../../src/extraction/normalise.js';
import type { EntityType, Evidence, ExtractedEntity, ExtractedPaper, ExtractedResult, Role, Span, TextField } from '../../src/extraction/types.js';

/** A made-up entity of a handmade paper: tests stay independent of the extractor's quality. */
export interface EntitySpec {
  name: string;
  type: EntityType;
  role: Role;
  family?: string;
  lineage?: string[];
  aliases?: string[];
  confidence?: number;
}

export interface PaperOptions {
  /** Where spans and evidence are looked for, in order; the first hit gives the evidence. */
  fields?: readonly TextField[];
  published?: string;
  source?: string;
}

const sentenceAround = (text: string, at: number): { start: number; end: number } => {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const stop = text.indexOf('. ', at);
  return { start: start === 1 ? 0 : start, end: stop === -1 ? text.length : stop + 1 };
};

const evidenceAt = (field: TextField, text: string, at: number): Evidence => {
  const s = sentenceAround(text, at);
  return { field, sentence: text.slice(s.start, s.end), start: s.start, end: s.end };
};

/** A paper with its extraction, spans at every occurrence of each name and evidence like the extractor's. */
export function paper(
  id: string,
  title: string,
  abstract: string,
  specs: EntitySpec[],
  results: Omit<ExtractedResult, 'evidence'>[] = [],
  options: PaperOptions = {},
): ExtractedPaper {
  const texts: Record<TextField, string> = { title, abstract };
  const entities = specs.map((spec): ExtractedEntity => {
    const spans: Span[] = [];
    const evidence: Evidence[] = [];
    for (const field of options.fields ?? ['title', 'abstract']) {
      const text = texts[field];
      for (let at = text.indexOf(spec.name); at !== -1; at = text.indexOf(spec.name, at + spec.name.length)) {
        spans.push({ field, start: at, end: at + spec.name.length });
        if (evidence.length === 0) evidence.push(evidenceAt(field, text, at));
      }
    }
    const entity: ExtractedEntity = {
      name: spec.name, key: entityKey(spec.name), type: spec.type, mentions: [spec.name], spans, role: spec.role, evidence,
      confidence: spec.confidence ?? 0.9,
    };
    if (spec.family) entity.family = spec.family;
    if (spec.lineage) entity.lineage = spec.lineage;
    if (spec.aliases) entity.aliases = spec.aliases;
    return entity;
  });
  const withEvidence = results.map((r): ExtractedResult => ({ ...r, evidence: evidenceAt('abstract', abstract, Math.max(0, abstract.indexOf(String(r.value)))) }));
  return {
    paper: { id, title, abstract, source: options.source ?? 'fixture', url: `https://arxiv.org/abs/${id}`, published: options.published ?? '2024-06-01' },
    extraction: { id, title, entities, results: withEvidence },
  };
}
