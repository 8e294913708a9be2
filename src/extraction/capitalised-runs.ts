/**
 * Capitalised runs in running text: the words that grow a new name around a hit, or start one after a cue.
 */
import type { Candidate } from './candidate.js';
import { sentenceAt, tokenIndexAt, type FieldText } from './field-text.js';
import { isSize } from './releases.js';
import { headNounType, isGenericAcronym, isGenericClassName, isRolePart } from './shapes.js';
import type { Token } from './text.js';
import type { EntityType } from './types.js';
import { wordClass } from './words.js';

// "VITS-based", "GPT-style": a name written in front of these suffixes describes something else.
export const DESCRIBES_NEXT = /^-(?:based|like|style|aware|free|driven|guided|powered|enhanced|augmented|centric|oriented|specific|inspired|empowered)\b/u;
/** Do the words end in such a suffix, in any case ("a Diffusion Transformer-based framework", "a PPO-Centric pipeline")? */
export const endsDescribing = (words: string): boolean => DESCRIBES_NEXT.test((/-\p{L}+$/u.exec(words)?.[0] ?? '').toLowerCase());

/**
 * "a High-resolution DocReader module", "Med-Owl Multimodal (Med-Owl M)": Title-Case words written
 * right against a new name, inside the noun phrase, are part of it.
 */
export function capitalisedAround(f: FieldText, hit: Candidate, anchor: number): { start: number; end: number; type?: EntityType } {
  const titleWord = (t: Token | undefined): t is Token =>
    t !== undefined &&
    /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(t.text) &&
    !DESCRIBES_NEXT.test(t.text.slice(t.text.lastIndexOf('-'))) &&
    !['det', 'prep', 'pron', 'conj', 'verb', 'adv'].includes(wordClass(t.text)) &&
    sentenceAt(f, t.start).start !== t.start;
  let start = hit.start;
  let end = hit.end;
  let k = tokenIndexAt(f.tokens, hit.start) - 1;
  for (let n = 0; n < 3 && titleWord(f.tokens[k]) && f.tokens[k]!.start >= anchor && /^ $/.test(f.text.slice(f.tokens[k]!.end, start)); n++, k--) start = f.tokens[k]!.start;
  k = tokenIndexAt(f.tokens, hit.end - 1) + 1;
  const after = k;
  for (let n = 0; n < 2 && titleWord(f.tokens[k]) && /^ $/.test(f.text.slice(end, f.tokens[k]!.start)) && /^\s*[(,]/.test(f.text.slice(f.tokens[k]!.end)); n++, k++) end = f.tokens[k]!.end;
  // "a new multi-agent framework Mora, which ...": after a noun of kind, the Title-Case word is the name the kind describes.
  if (end > hit.end && headNounType(f.tokens[after - 1]!.text)) return { start: f.tokens[after]!.start, end };
  // A known model's name grown by a Title-Case word ("Med-Owl Multimodal") is a new model of that line.
  const grown = start < hit.start || end > hit.end;
  return grown && hit.source === 'lexicon' && hit.type === 'Model' ? { start, end, type: 'Model' } : { start, end };
}

// Class words and "Language Model", or any plural "... Language Models": a class of models, not a name.
export const CLASS_OF_LANGUAGE_MODELS =
  /^(?:(?:Multimodal|Multi-Modal|Large|Small|Vision|Visual|Vision-Language|Pretrained|Pre-trained|Foundation)\s+)*Language Models?$|\bLanguage Models$|^(?:(?:Large|Small|Multimodal)\s+)?(?:Vision|Visual|Video|Audio|Speech)-Language(?:-Action)?(?:\s+Models?)?$/u;

/** A capitalised run right after an introducing cue: "we propose Folded Attention, ...". */
export function capitalisedRun(f: FieldText, from: number, limit: number): { start: number; end: number } | null {
  let k = tokenIndexAt(f.tokens, from);
  if (k < 0) {
    k = f.tokens.findIndex((t) => t.start >= from);
    if (k < 0) return null;
  }
  // "we propose the Adaptability metric", "we present a novel Shifted Thinking Window": step over an article
  // and the word that calls the thing new.
  if (/^(?:a|an|the)$/i.test(f.tokens[k]!.text) && k + 1 < f.tokens.length) k++;
  const calledNew = /^(?:novel|new)$/.test(f.tokens[k]!.text) && /^(?:a|an|the)$/i.test(f.tokens[k - 1]?.text ?? '') && k + 1 < f.tokens.length;
  if (calledNew) k++;
  const first = f.tokens[k]!;
  const dash = first.text.lastIndexOf('-');
  if (dash > 0 && DESCRIBES_NEXT.test(first.text.slice(dash))) return null;
  if (first.start >= limit || !/^\p{Lu}/u.test(first.text) || first.text.length < 2 || !/^\s*(?:(?:a|an|the)\s+(?:(?:novel|new)\s+)?)?["“'‘]?$/iu.test(f.text.slice(from, first.start))) return null;
  // "we propose a KV sharing variant": a part named by its role names no new thing.
  if (isRolePart(first.text)) return null;
  let end = first.end;
  for (let n = k + 1; n < f.tokens.length && n < k + 4; n++) {
    let t = f.tokens[n]!;
    // "the Curse of Depth", "Chain of Spreadsheet": "of" between capitalised words stays inside the name.
    if (t.text === 'of' && n + 1 < f.tokens.length && /^\p{Lu}/u.test(f.tokens[n + 1]!.text) && /^ $/.test(f.text.slice(end, t.start))) t = f.tokens[++n]!;
    if (t.start >= limit || !/^ $/.test(f.text.slice(f.tokens[n - 1]!.end, t.start)) || !/^[\p{Lu}\p{N}]/u.test(t.text)) break;
    // "we train PPO 4M parameters": a count followed by what it counts is no part of the name.
    if (isSize(t.text) && /^\s+\p{Ll}/u.test(f.text.slice(t.end, t.end + 3))) break;
    end = t.end;
  }
  // "we finetune LLMs on ...", "we train a Multimodal Large Language Model to ...", "Continuous Autoregressive
  // Language Models": a class of models is no new name ("The AI Scientist", "Kite Language Model" are names).
  if (end === first.end && (isGenericAcronym(first.text) || isGenericClassName(first.text))) return null;
  if (CLASS_OF_LANGUAGE_MODELS.test(f.text.slice(first.start, end))) return null;
  // "a novel RLHF study": after "a novel", a name with a noun after it describes that noun, the new thing.
  if (calledNew && !/^(?:\s*[,(.;:]|\s+(?:for|to|that|which|with)\b|$)/u.test(f.text.slice(end, end + 8))) return null;
  // "called the Time series Pile": a plain word whose name goes on in lower case cannot be told apart.
  if (end === first.end && wordClass(first.text.toLowerCase()) !== 'unknown' && /^ \p{Ll}+\b/u.test(f.text.slice(end, end + 20))) return null;
  return { start: first.start, end };
}
