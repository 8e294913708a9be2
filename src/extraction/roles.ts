import type { EntityType, Role } from './types.js';

/** "we introduce", "this paper presents", "we further propose": the paper's own contribution follows. */
const SAYS_WE_MAKE = String.raw`\b(?:we|this (?:paper|work|study|report)|our (?:work|paper|study))\s+(?:have\s+)?(?:\w+ly\s+|also\s+|further\s+|first\s+|then\s+|next\s+|now\s+|here\s+|hereby\s+|therefore\s+|thus\s+|instead\s+|second\s+|third\s+)?(?:introduce|propose|present|develop|release|build|construct|design|curate|create|contribute|unveil|devise|open-source|collect|establish|offer|put forward|implement|craft)(?:s|d|ed)?\b`;
const BY_MAKING = String.raw`\bby (?:introducing|proposing|designing|developing|devising)\b`;
// "we analyse why X fails and propose Y": the second verb of a "we" clause makes Y just as "we propose" does.
const AND_MAKES = String.raw`\bwe\s+[^.;]{0,80}?\band\s+(?:then\s+|also\s+|further\s+|thus\s+)?(?:introduce|propose|present|develop|design|devise)\b`;
export const INTRO_CUE = new RegExp(`${SAYS_WE_MAKE}|${AND_MAKES}|\\bwe\\s+[^.;]{0,80}?${BY_MAKING}`, 'gi');
/** INTRO_CUE for a sentence that says no "by introducing" (its second reading cannot match there): cheaper to scan. */
export const INTRO_CUE_DIRECT = new RegExp(`${SAYS_WE_MAKE}|${AND_MAKES}`, 'gi');
export const SAYS_BY_MAKING = new RegExp(BY_MAKING, 'i');

const USES_CUE =
  /\b(?:based on|built (?:up)?on|builds? (?:up)?on|on top of|leverag\w*|using|uses|utili[sz]\w*|adopt\w*|employ\w*|fine-?tun\w*|trained on|train\w* with|appl(?:y|ies|ied)|incorporat\w*|integrat\w*|equipped with|powered by|via|through|with)\s+(?:\S+\s+){0,3}$/i;
const COMPARED_CUE = /\b(?:compar\w*|on par)\s+(?:with|to)\s+(?:\S+\s+){0,3}$/i;
const EVAL_CUE =
  /\b(?:evaluat\w*|experiments? on|results? on|tested on|tests? on|benchmark\w*|outperform\w*|surpass\w*|achiev\w*|compared (?:to|with)|than|against|on|across|including|such as|scores?)\s+(?:\S+\s+){0,4}$/i;

// "Using the X and Y benchmarks, we compare ...": a benchmark a paper uses is one it measures on ("trained on X",
// "built on X" still use it).
const USED_AS_TEST = /\b(?:using|uses|utili[sz]\w*|adopt\w*|employ\w*|leverag\w*|with|via)\s+(?:\S+\s+){0,3}$/i;

/** The role a mention's left context suggests for an entity of `type`, or null when it says nothing. */
export function roleFromContext(before: string, type: EntityType): Role | null {
  // "compared with X": the "with" of a comparison measures X, it does not build on it.
  if (COMPARED_CUE.test(before)) return 'evaluates';
  if (USES_CUE.test(before)) return type === 'Benchmark' && USED_AS_TEST.test(before) ? 'evaluates' : 'uses';
  if (EVAL_CUE.test(before)) return 'evaluates';
  return null;
}

/** What the paper does with an entity of a type when no cue says otherwise. */
export function defaultRole(type: EntityType): Role {
  return type === 'Technique' ? 'uses' : 'evaluates';
}
