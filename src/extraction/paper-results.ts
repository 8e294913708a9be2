/**
 * The numeric results of a paper, with its own method and benchmark as fallback subject and benchmark.
 */
import { abbreviates } from './acronyms.js';
import type { Candidate, IntroSpan } from './candidate.js';
import { occurrences, type FieldText } from './field-text.js';
import { entityKey } from './normalise.js';
import { findResults, mayHoldResults, type SentenceMention } from './results.js';
import { SIZE_TAG } from './releases.js';
import { isNameShaped } from './shapes.js';
import type { Sentence } from './text.js';
import type { ExtractedEntity, ExtractedResult } from './types.js';

/** The numeric results of each sentence, with the paper's own method and benchmark as fallback subject and benchmark. */
export function paperResults(
  sentences: readonly Sentence[],
  fields: readonly FieldText[],
  kept: readonly Candidate[],
  entities: readonly ExtractedEntity[],
  introduced: readonly IntroSpan[],
): ExtractedResult[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of entities) for (const m of e.mentions) byKey.set(entityKey(m), e);
  const own = entities.filter((e) => e.role === 'introduces');
  // The subject of "we/our method" results: the main contribution, a method or model if there is one.
  const primary = introduced
    .filter((sp) => sp.primary)
    .map((sp) => byKey.get(entityKey(fields.find((f) => f.field === sp.field)!.text.slice(sp.start, sp.end))))
    .filter((e): e is ExtractedEntity => e !== undefined && e.role === 'introduces');
  const isMethod = (e: ExtractedEntity): boolean => e.type === 'Technique' || e.type === 'Model';
  const ownMain = primary.find(isMethod) ?? own.find(isMethod) ?? own[0];
  const paperSubject = ownMain ? { name: ownMain.name, type: ownMain.type } : null;
  // A benchmark the paper builds is where its numbers are measured before a training set it builds.
  const paperBenchmark = (own.find((e) => e.type === 'Benchmark') ?? own.find((e) => e.type === 'Dataset'))?.name ?? null;
  // The one model the paper builds on, if there is exactly one: where its "from X to Y" gains start.
  const usedModels = entities.filter((e) => e.type === 'Model' && e.role === 'uses');
  const paperBase = usedModels.length === 1 ? usedModels[0]!.name : null;
  const results: ExtractedResult[] = [];
  const writtenWhole = new Map<ExtractedEntity, boolean>();
  const isWritten = (e: ExtractedEntity): boolean => {
    let known = writtenWhole.get(e);
    if (known === undefined) writtenWhole.set(e, (known = isWrittenName(e, fields)));
    return known;
  };
  const title = fields.find((f) => f.field === 'title');
  const keptBySentence = new Map<Sentence, Candidate[]>();
  for (const c of kept) {
    const list = keptBySentence.get(c.sentence);
    if (list) list.push(c);
    else keptBySentence.set(c.sentence, [c]);
  }
  // "our PaSa-7B surpasses ... It also exceeds PaSa-GPT-4o by 30%": where the paper names a sized release of its own
  // model, "it" and "our model" are that release until another is named.
  let ownSubject = paperSubject;
  const ownReleases = new Set(
    ownMain ? entities.filter((e) => e !== ownMain && isMethod(e) && e.name.toLowerCase().startsWith(ownMain.name.toLowerCase()) && SIZE_TAG.test(e.name.slice(ownMain.name.length))) : [],
  );
  for (const s of sentences) {
    const release = ownReleases.size > 0 ? (keptBySentence.get(s) ?? []).map((c) => byKey.get(entityKey(c.surface))).find((e) => e !== undefined && ownReleases.has(e)) : undefined;
    if (release) ownSubject = { name: release.name, type: release.type };
    if (!mayHoldResults(s)) continue;
    const inSentence: SentenceMention[] = [];
    for (const c of keptBySentence.get(s) ?? []) {
      if (c.start < s.start || c.end > s.end) continue;
      const e = byKey.get(entityKey(c.surface));
      if (!e) continue;
      // A known technique ("KV cache", "FlashAttention") is what a method uses, not what reports a result.
      const known = (c.naming ?? c.source) === 'lexicon';
      const named = !known && c.source !== 'phrase' && e.mentions.some((m) => isNameShaped(m));
      inSentence.push({ name: namesByShortForm(c.surface, e, title) || !isWritten(e) ? c.surface : e.name, type: e.type, start: c.start - s.start, end: c.end - s.start, primary: primary.includes(e), named });
    }
    results.push(...findResults(s, inSentence, ownSubject, paperBenchmark, paperBase));
  }
  return results;
}

// "TDDS", "KV-Pruner": a short name with two capitals, up to ten characters.
const SHORT_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}-]{1,9}$/u;

/**
 * "Temporal Dual-Depth Scoring (TDDS) ... TDDS improves accuracy by 7.8%": where a sentence writes a many-word model's or
 * method's name by its short form, the result names its subject as the sentence does; but a long name the title writes,
 * whose initials the short form spells ("Native Sparse Attention: ..." ... "NSA achieves"), is the method's headline name,
 * unless the title heads with the short form ("MoBA: Mixture of Block Attention ...").
 */
function namesByShortForm(surface: string, e: ExtractedEntity, title: FieldText | undefined): boolean {
  const subject = e.type === 'Model' || e.type === 'Technique';
  if (!subject || surface === e.name || !/\s/u.test(e.name) || !SHORT_NAME.test(surface) || !/\p{Lu}.*\p{Lu}/u.test(surface)) return false;
  if (!title || !abbreviates(surface, e.name) || occurrences(title, e.name).length === 0) return true;
  const colon = title.text.indexOf(':');
  return colon > 0 && occurrences(title, surface).some((o) => o.start === 0 && o.end <= colon);
}

/**
 * Is the entity's name what the paper writes, for a result's subject? A model's or method's lexicon name the paper
 * never writes is not ("Gemini 1.0 Pro" where it writes "Gemini Pro"; stores link the written form by its mentions).
 * A benchmark keeps the lexicon's edition name, which joins results across papers.
 */
function isWrittenName(e: ExtractedEntity, fields: readonly FieldText[]): boolean {
  if (e.type !== 'Model' && e.type !== 'Technique') return true;
  // Written whole, not as the start or end of a hyphened name: "GPT-4" is not written in "GPT-4-0613"; nor, for a
  // model, only inside a longer mention: "o1-preview" is not written in "OpenAI o1-preview" ("semantic compression
  // method" writes the method's name and a general noun).
  const longer = e.type === 'Model' ? e.mentions.filter((m) => m.length > e.name.length && m.includes(e.name)) : [];
  return fields.some((f) => {
    const within = longer.flatMap((m) => occurrences(f, m));
    return occurrences(f, e.name).some(
      (o) => f.text[o.start - 1] !== '-' && !/^-[\p{L}\p{N}]/u.test(f.text.slice(o.end, o.end + 2)) && !within.some((w) => w.start <= o.start && o.end <= w.end),
    );
  });
}
