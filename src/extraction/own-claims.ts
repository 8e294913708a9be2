/**
 * After grouping: names that continue the paper's own names, and the title's means, are the paper's own too.
 */
import { matcher } from './active-lexicon.js';
import { entityKey } from './normalise.js';
import { MODEL_VARIANT_WORD, RELEASE_TAIL } from './releases.js';
import { isNameShaped } from './shapes.js';
import { TITLE_MEANS } from './title-means.js';
import type { ExtractedEntity } from './types.js';

/**
 * "We introduce OLMoE ... OLMoE-1B-7B-Instruct reaches ...": the sized releases of the paper's own model
 * line are its own too, and a line the paper releases in sizes is a model, whatever its cue called it.
 */
export function claimOwnReleases(entities: ExtractedEntity[]): void {
  const own = new Map(entities.filter((e) => e.role === 'introduces' && (e.type === 'Model' || e.type === 'Technique')).map((e) => [e.key, e]));
  if (own.size === 0) return;
  for (const e of entities) {
    // "Moonshine Tiny" beside the paper's model "Moonshine": a release word after its own model's name.
    const tier = / (\S+)$/u.exec(e.name);
    const tierOf = tier && MODEL_VARIANT_WORD.test(tier[1]!) ? own.get(entityKey(e.name.slice(0, tier.index))) : undefined;
    if (tierOf?.type === 'Model') e.type = 'Model';
    if (e.type !== 'Model') continue;
    const line = own.get(entityKey(e.family ?? '')) ?? own.get(entityKey(e.name.replace(RELEASE_TAIL, ''))) ?? tierOf;
    if (!line || line === e) continue;
    e.role = 'introduces';
    line.type = 'Model';
  }
  // "Hunyuan3D-DiT" beside "Hunyuan3D 2.0", "Pairwise-J1" beside "J1": a model or part named with the paper's
  // own name as a hyphened part is the paper's too ("LongRoPE-Mistral" is the model LongRoPE made).
  const lines = [...own.values()].map((o) => o.name.replace(/\s+v?\d+(?:\.\d+)*$/u, ''));
  const ownParts = new Set(lines.filter((n) => isNameShaped(n) || /\p{L}\p{N}/u.test(n)).map(entityKey));
  for (const e of entities) {
    if (e.role === 'introduces' || (e.type !== 'Model' && e.type !== 'Technique')) continue;
    const parts = e.name.split('-');
    if (parts.length > 1 && (ownParts.has(entityKey(parts[0]!)) || ownParts.has(entityKey(parts[parts.length - 1]!)))) e.role = 'introduces';
  }
  // "PixMo" and "PixMo-Cap", "Nemotron-4 340B" and "Nemotron-4-340B-Base": a name that goes on from one the
  // paper introduces names a part or release of it.
  const named = entities.filter((o) => o.role === 'introduces' && o.type !== 'Task' && o.type !== 'Metric' && isNameShaped(o.name));
  for (const e of entities) {
    if (e.role === 'introduces' || e.type === 'Task' || e.type === 'Metric') continue;
    if (named.some((o) => extendsName(e.name, o.name))) e.role = 'introduces';
  }
}

/** A term of the field the lexicon knows, written as a term ("mixture of experts"), not as a name. */
const isKnownTerm = (e: ExtractedEntity): boolean => !/[\p{Lu}\p{N}]/u.test(e.name) && matcher().entriesNamed(e.name).length > 0;

/**
 * "We introduce MobileNetV4 ... we introduce a novel distillation technique", "Drop-Upcycling: Training Sparse
 * Mixture of Experts": where the paper introduces a thing of its own, a known method its cues seem to introduce
 * is one the paper builds on.
 */
export function yieldKnownTermsToOwnNames(entities: ExtractedEntity[]): void {
  if (!entities.some((e) => e.role === 'introduces' && !isKnownTerm(e))) return;
  for (const e of entities) if (e.role === 'introduces' && e.type === 'Technique' && isKnownTerm(e)) e.role = 'uses';
}

/** A new term the abstract uses that the title names as the paper's means is the paper's own method. */
export function claimTitleMethods(entities: ExtractedEntity[], title: string): void {
  const means = TITLE_MEANS.exec(title)?.[1]?.toLowerCase();
  if (!means || !entities.some((e) => e.role === 'introduces')) return;
  for (const e of entities) {
    // A method the lexicon knows ("Attention with Linear Biases") is used, whatever the title says.
    if (e.type !== 'Technique' || e.role === 'introduces' || matcher().entriesNamed(e.name).length > 0) continue;
    if (e.mentions.some((m) => m.includes(' ') && containsWords(means, m.toLowerCase()))) e.role = 'introduces';
  }
}

/** Whether `text` has `words` as whole words ("budget folding" in "via budget folding", not in "sub-budget foldings"). */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!NAME_CHAR.test(text[at - 1] ?? ' ') && !NAME_CHAR.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}

const NAME_CHAR = /[\p{L}\p{N}]/u;

/** Whether `name` is `base` followed by more parts ("PixMo-Cap", "MolmoE"), not a longer number ("Mamba-2.8B" of "Mamba-2"). */
function extendsName(name: string, base: string): boolean {
  let i = 0;
  for (const ch of base) {
    if (!NAME_CHAR.test(ch)) continue;
    while (i < name.length && !NAME_CHAR.test(name[i]!)) i++;
    if (i >= name.length || name[i]!.toLowerCase() !== ch.toLowerCase()) return false;
    i++;
  }
  const next = name[i];
  if (next === undefined) return false;
  return /[\s\-_/]/u.test(next) || (/\p{Lu}/u.test(next) && /\p{Ll}/u.test(name[i - 1]!));
}
