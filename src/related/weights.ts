import type { EntityType, Role } from '../extraction/types.js';
import { ROLES } from '../extraction/types.js';

/**
 * How strongly a paper's role ties it to an entity. Two papers that both evaluate on a benchmark,
 * or where one introduces what the other builds on, are about the same thing; two papers that
 * merely mention GPT-4 are not. The product of both sides' strengths is the pair's weight.
 */
export const ROLE_STRENGTH: Record<Role, number> = { introduces: 1, evaluates: 0.85, uses: 0.7, mentions: 0.4 };

/**
 * How much sharing an entity of each type says about topic. Metrics (accuracy, F1) are shared by
 * unrelated papers; benchmarks, tasks and techniques define a line of work.
 */
export const TYPE_WEIGHT: Record<EntityType, number> = { Benchmark: 1, Dataset: 1, Technique: 1, Task: 1, Model: 0.7, Metric: 0.3 };

/** Index of a role in ROLES, carried in entity postings. */
export const roleIndex = (role: Role): number => ROLES.indexOf(role);
export const roleAt = (index: number): Role => ROLES[index] ?? 'mentions';

/** The mix of the kinds of evidence; chosen by measurement (scripts/eval-related.mjs). */
export interface RelatedWeights {
  /** TF-IDF cosine of titles and abstracts (unigrams and bigrams). */
  text: number;
  /** Similarity in latent topic space (multi-resolution LSA over words and their character grams). */
  topics: number;
  /** Cosine of shared entities, weighted by rarity, type and both papers' roles. */
  entities: number;
  /** Entities linked through a model family (two members of one family). */
  graph: number;
}

export const DEFAULT_WEIGHTS: RelatedWeights = { text: 1, topics: 1, entities: 0.25, graph: 0.05 };
