/**
 * A candidate mention, before mentions are grouped into entities, and what the rules collect for one paper.
 */
import type { Sentence } from './text.js';
import type { EntityType, Span, TextField } from './types.js';

type Source = 'lexicon' | 'acronym' | 'intro' | 'shape' | 'phrase';

/** One surface form found in the text, before mentions are grouped into entities. */
export interface Candidate {
  field: TextField;
  start: number;
  end: number;
  surface: string;
  sentence: Sentence;
  /** null while an unknown name waits for its type from context. */
  type: EntityType | null;
  name: string;
  source: Source;
  confidence: number;
  family?: string;
  aliases?: string[];
  introduced?: boolean;
  /** A term closed by a general noun ("text-prior method"): kept only when introduced. */
  generic?: boolean;
  /** The rule whose name and type this candidate carries, when another rule found the same span. */
  naming?: Source;
  /** Typed by the words around it ("three scenarios: X (XS)"), which outrank its casing. */
  typedByContext?: boolean;
  /** The known benchmark a written year or version makes this an edition of ("AIME24": AIME, "24"). */
  edition?: { of: string; key: string };
}

export const SOURCE_RANK: Record<Source, number> = { intro: 0, lexicon: 1, acronym: 2, shape: 3, phrase: 4 };
export const NAMING_RANK: Record<Source, number> = { lexicon: 0, acronym: 1, intro: 2, shape: 3, phrase: 4 };

export interface IntroSpan {
  start: number;
  end: number;
  field: TextField;
  type: EntityType | null;
  /** The paper's main contribution (title name, "we introduce X"), not one of its parts. */
  primary: boolean;
  /** The words around the span say its type ("a new task, X"), as a candidate's `typedByContext`. */
  typedByContext?: boolean;
}

/** What the rules collect for one paper: candidates, names linked as one entity, and spans ruled out. */
export interface CandidateSet {
  candidates: Candidate[];
  links: [string, string][];
  /** Spans whose candidates are dropped (a short form that only modifies a term, words restating a name). */
  blocked: Span[];
  /** Long forms of class names ("Large MultiModality Models"): shapes inside them name nothing. */
  generic: Span[];
}
