export const ENTITY_TYPES = ['Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The paper's relation to an entity; see ../shared/eval/ANNOTATION.md. Ordered strongest first. */
export const ROLES = ['introduces', 'evaluates', 'uses', 'mentions'] as const;
export type Role = (typeof ROLES)[number];

export type TextField = 'title' | 'abstract';

/** A sentence that supports a link; start/end are the sentence's offsets in `field`. */
export interface Evidence {
  field: TextField;
  sentence: string;
  start: number;
  end: number;
}

/** Where a surface form of an entity occurs; offsets into `field`. */
export interface Span {
  field: TextField;
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Canonical name: the lexicon's name, or the most complete form written in the text. */
  name: string;
  /** Normalised canonical name (see entityKey); with `type` it identifies the entity across papers. */
  key: string;
  type: EntityType;
  /** Every surface form as written in the title and abstract. */
  mentions: string[];
  spans: Span[];
  role: Role;
  evidence: Evidence[];
  /** 0..1: how sure the extractor is of this link (lexicon hits high, shape guesses lower). */
  confidence: number;
  /** For a model variant, the canonical name of its family's Model entity ("Qwen2-VL" for "Qwen2-VL 7B"). */
  family?: string;
  /** The family's own families, nearest first, as the lexicon knows them ("Gemini" for "Gemini 1.5 Pro", whose family is Gemini 1.5). */
  lineage?: string[];
  /** Other known names of the entity (lexicon aliases, acronym expansions). */
  aliases?: string[];
}

export interface ExtractedResult {
  subject: string;
  benchmark: string | null;
  metric: string | null;
  value: number;
  unit: string | null;
  compared_to: string | null;
  /** Present when the value is a change against something else ("+6.8%", "by 3.2 points", "2x faster"), not a score. */
  change?: true;
  evidence: Evidence;
}

/** What `papergraph extract --json` prints for one paper; read by ../shared/eval/score.mjs. */
export interface PaperExtraction {
  id: string;
  title: string;
  entities: ExtractedEntity[];
  results: ExtractedResult[];
}

/** A paper together with what was extracted from it: the unit that flows into graph and store. */
export interface ExtractedPaper {
  paper: import('../reading/paper.js').Paper;
  extraction: PaperExtraction;
}
