/**
 * The type the words around a name give it ("the X benchmark", "X, a new dataset", "results on X").
 */
import { occurrences, sentenceAt, tokenIndexAt, type FieldText } from './field-text.js';
import type { Sentence } from './text.js';
import { isSize, SIZE_LETTER_END } from './releases.js';
import { evaluationHeadType, headNounType, isNameShaped } from './shapes.js';
import type { EntityType } from './types.js';
import { isAdverb, isVerbIng, wordClass, type WordClass } from './words.js';

// Words that give a name: "a model called X", "a dataset, denoted as X", "referred to as X".
const NAMING_WORDS = 'called|named|dubbed|termed|denoted|referred';
// Words that may stand between a kind noun and the names it introduces: "benchmarks such as X", "a model called X".
const LIST_OR_NAMING = new RegExp(`^(?:including|such|as|like|e\\.g|namely|and|or|${NAMING_WORDS})$`, 'i');

/** A type read from the words around a name; `strong` when the words describe the name itself. */
interface ContextType {
  type: EntityType;
  strong: boolean;
}

// A claim of doing better than something, right after a name ("reaches 0.8" or "reduces toxicity" is said of data and measures too).
const OUTPERFORMS_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:outperforms|surpasses|improves|beats|accelerates|speeds up)\b/u;
// What a sized model line scores: "Kite-L achieves 52.1 AP" (a size letter makes it a model whatever it does).
const SCORES_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:achieves|attains|reaches|obtains|scores)\b/u;
// "TetraLong" beside "TetraLong-8B": a parameter count after another mention of the name.
const SIZED_AFTER = /^[-\s](?:\d+x)?\d+(?:\.\d+)?B(?![\p{L}\p{N}-])/u;

const FAMILY_OF = /^(?:family|series|suite|collection)$/i;

/** The kind of the first head noun in the few words from token `k` ("of [open] models"). */
function memberType(f: FieldText, k: number, end: number): EntityType | null {
  for (let n = k; n < Math.min(f.tokens.length, k + 4) && f.tokens[n]!.start < end; n++) {
    const t = headNounType(f.tokens[n]!.text);
    if (t) return t;
  }
  return null;
}

const NOUN_WE_NAME = /(?:(\p{L}+)\s+)?([\p{L}-]+),?\s+(?:which|that)\s+we\s+(?:name|call|term|dub|coin)\s+$/u;

const NAMING_WORD = new RegExp(`\\b(?:${NAMING_WORDS})\\b`);

/** The kind noun right before a preposition at token `k` or before `k`'s one-word object, where a naming word follows before `start`. */
function hangsOnNoun(f: FieldText, k: number, start: number): EntityType | null {
  if (!NAMING_WORD.test(f.text.slice(f.tokens[k]!.end, start))) return null;
  const prep = wordClass(f.tokens[k]!.text) === 'prep' ? k : k - 1;
  if (prep < 1 || wordClass(f.tokens[prep]!.text) !== 'prep') return null;
  return headNounType(f.tokens[prep - 1]!.text);
}

/** Whether the clause holding [from, at) opens with a preposition ("On public benchmarks, ..."). */
export function opensWithPreposition(f: FieldText, from: number, at: number): boolean {
  const clause = f.text.slice(from, at);
  const opener = /(?:^|[,;:]\s*)([\p{L}]+)[^,;:]*$/u.exec(clause)?.[1];
  return opener !== undefined && wordClass(opener) === 'prep';
}

/** Where a name stands: its field, its span, its first and last token, and its sentence. */
interface NameSite {
  f: FieldText;
  start: number;
  end: number;
  i: number;
  j: number;
  sentence: Sentence;
  shortForm: boolean;
}

/** A step's answer: a type, `null` when the words rule every reading out, `undefined` when they say nothing. */
type Reading = ContextType | null | undefined;

const strong = (type: EntityType): ContextType => ({ type, strong: true });
const weak = (type: EntityType): ContextType => ({ type, strong: false });

/** The type the words around a name give it: "the X benchmark", "X, a new dataset", "a framework called X". */
export function typeFromContext(f: FieldText, start: number, end: number, shortForm = false): ContextType | null {
  const site = siteAt(f, start, end, shortForm);
  if (!site) return null;
  for (const step of READINGS) {
    const reading = step(site);
    if (reading !== undefined) return reading;
  }
  return null;
}

/** "results on X", "ranks first on the X leaderboard": whether the words before a name say a paper is measured on it. */
export function isMeasuredOn(f: FieldText, start: number, end: number): boolean {
  const site = siteAt(f, start, end, false);
  return site !== null && measuredOn(site)?.type === 'Benchmark';
}

function siteAt(f: FieldText, start: number, end: number, shortForm: boolean): NameSite | null {
  const i = tokenIndexAt(f.tokens, start);
  const j = tokenIndexAt(f.tokens, end - 1);
  return i < 0 || j < 0 ? null : { f, start, end, i, j, sentence: sentenceAt(f, start), shortForm };
}

/** The word right after the name: "the X benchmark", "the Kite2 family of models". */
function nounAfter({ f, j, end, sentence }: NameSite): Reading {
  const next = f.tokens[j + 1];
  if (!next || next.start >= sentence.end || !/^\s+$/.test(f.text.slice(end, next.start))) return undefined;
  // "the Kite2 family of models", "the Quill series of benchmarks": what the family is of.
  const member = FAMILY_OF.test(next.text) && /^of$/i.test(f.tokens[j + 2]?.text ?? '') ? memberType(f, j + 3, sentence.end) : null;
  // A family of trained methods is a model family; a suite of tasks, a benchmark.
  if (member) return strong(member === 'Technique' ? 'Model' : member === 'Task' ? 'Benchmark' : member);
  const t = headNounType(next.text);
  // "the DexWorld tasks", "Atari games": a suite named by its tasks is a benchmark; the tasks are its items.
  if (t === 'Task' && /s$/i.test(next.text)) return strong('Benchmark');
  return t ? strong(t) : undefined;
}

// A bracket of words after a name, then a comma: the name spelled out, the appositive after it.
const SPELLED_OUT_AFTER = /^\s*\((?=[^()]*\s)[^()]{4,80}\)(\s*,\s*)/u;

/** An appositive after the name: "X, a (new ...) benchmark", "X (XS), a paradigm", "X: a dataset". */
function appositive(site: NameSite): Reading {
  const { f, start, end, i, j, sentence, shortForm } = site;
  const next = f.tokens[j + 1];
  if (!next) return undefined;
  // "LEMON (LEarning 3D huMan-Object iNteraction relation), a unified model": after the name's own bracket, the
  // appositive describes the name.
  const spelled = shortForm ? null : SPELLED_OUT_AFTER.exec(f.text.slice(end, sentence.end));
  const inside = spelled ? tokenIndexAt(f.tokens, end + spelled[0].length - spelled[1]!.length - 2) : -1;
  if (spelled && inside > j) {
    const head = appositiveHead({ ...site, j: inside }, spelled[1]!, true);
    if (head) return headReading(head);
  }
  // "X (XS), a new benchmark", "Continuous Autoregressive Language Models (CALM), a paradigm": the appositive
  // after a short form's bracket describes the name it abbreviates ("a dataset (QuillSet), a model (KiteLM)"
  // lists things instead).
  const written = f.text.slice(end, next.start);
  const abbreviates = shortForm || /\p{Lu}[\p{L}\p{N}-]*\s*\($/u.test(f.text.slice(Math.max(0, start - 40), start));
  const gap = abbreviates && f.text[start - 1] === '(' && written.startsWith(')') ? written.slice(1) : written;
  // "On X, Y raises ...": the comma closes an opening phrase; what follows is the clause, not an appositive.
  const opening = i >= 1 && f.tokens[i - 1]!.start <= sentence.start + 1 && wordClass(f.tokens[i - 1]!.text) === 'prep';
  const setOff = (!(opening && /^\s*,/.test(gap)) && /^\s*(?:,|\(|—|–|-{1,2})\s*/.test(gap)) || (f.field === 'abstract' && /^\s*:/.test(gap)) || /^(?:is|are)$/i.test(next.text);
  if (!setOff) return undefined;
  const head = appositiveHead(site, gap, gap !== written);
  return head ? headReading(head) : undefined;
}

/** "X, a family of generalist vision encoders": a family of trained components is a model family. */
const headReading = (head: { type: EntityType; family: boolean }): ContextType => strong(head.family && head.type === 'Technique' ? 'Model' : head.type);

/** The head of the appositive noun phrase after the name, its last head noun: "X, a novel LLM training framework". */
function appositiveHead({ f, j, sentence }: NameSite, gap: string, ownBracket: boolean): { type: EntityType; family: boolean } | null {
  let found: EntityType | null = null;
  let family = false;
  let inNounPhrase = true;
  for (let k = j + 1; k < Math.min(f.tokens.length, j + 12); k++) {
    const t = f.tokens[k]!;
    if (t.start >= sentence.end) break;
    const between = f.text.slice(f.tokens[k - 1]!.end, t.start);
    // "X, a Text-to-Speech (TTS) model": a short form in brackets does not end the phrase.
    const shortFormEnds = (): boolean => /^\)\s+$/.test(between) && k >= 2 && /\(\s*$/.test(f.text.slice(f.tokens[k - 2]!.end, f.tokens[k - 1]!.start));
    if ((/[;.:)]/.test(between) && !shortFormEnds() && !(ownBracket && k === j + 1)) || (found && /,/.test(between))) break;
    if (/^(?:of)$/i.test(t.text) && /^(?:series|family|suite|set|collection)$/i.test(f.tokens[k - 1]!.text)) {
      family ||= /^family$/i.test(f.tokens[k - 1]!.text);
      continue;
    }
    // "X, which finetunes an LLM": a relative clause says what X does, not what X is; "X, and a 0.9B
    // parser ..." coordinates another thing.
    if (/^(?:which|that|who|where|whose)$/i.test(t.text) || (k === j + 1 && /^(?:and|or|but|while|whereas)$/i.test(t.text))) break;
    // "FrameDiff, for learning the equivariant score": a phrase opened by a preposition says what X is for, not what X is.
    if (k === j + 1 && /,/.test(gap) && wordClass(t.text) === 'prep') break;
    // "Our model, X, sets new benchmarks": a word in "-s" right after the comma, before an article or "new", is X's
    // verb, whatever noun it could also be ("sets", "runs").
    if (k === j + 1 && /,/.test(gap) && /^\p{Ll}{2,}s$/u.test(t.text) && /^(?:a|an|the|new)$/i.test(f.tokens[k + 1]?.text ?? '')) break;
    // "X, a comprehensive evaluation framework", "X, a new test set".
    const head = evaluationHeadType(f.tokens[k - 1]!.text, t.text) ?? headNounType(t.text);
    if (head) {
      found = head;
      continue;
    }
    // "X, a family of 1.5B and 7B models", "X, a large-scale and carefully balanced dataset": words joined
    // inside the phrase, before its noun, do not end it.
    if (/^(?:and|or)$/i.test(t.text) && (isSize(f.tokens[k - 1]!.text) || !found)) continue;
    const c = wordClass(t.text);
    if (endsAppositive(f, k, j, c, gap, between, inNounPhrase, found)) break;
    inNounPhrase &&= c !== 'prep' && c !== 'gerund' && c !== 'pron' && c !== 'conj';
  }
  return found ? { type: found, family } : null;
}

/** Whether token `k`, of word class `c`, ends the appositive: a verb, clause word or participle says what X does. */
function endsAppositive(f: FieldText, k: number, j: number, c: WordClass, gap: string, between: string, inNounPhrase: boolean, found: EntityType | null): boolean {
  const t = f.tokens[k]!;
  // "X, a Code LLM with 7B parameters", "X, a video reward model", "X, a whole slide foundation model": inside the
  // noun phrase, a word that could be a verb modifies the head noun it runs into ("X, for mitigating reward model
  // ..." is no noun phrase).
  const modifiesHead = c === 'verb' && inNounPhrase && runsIntoHeadNoun(f, k);
  // "X, an aligned and bootstrapped dataset": before the phrase's noun, a participle in -ed describes it.
  const describesHead = c === 'verb' && inNounPhrase && !found && /\p{Ll}ed$/u.test(t.text);
  if (k > j + 1 && !modifiesHead && !describesHead && (c === 'verb' || c === 'prep' || c === 'pron' || c === 'conj')) return true;
  // "The proposed approach, X, uses a language model": a verb in "-s" right after the comma makes X its
  // subject; the noun phrase after it is the object, not what X is.
  if (k === j + 1 && c === 'verb' && /\p{Ll}s$/u.test(t.text) && /,/.test(gap)) return true;
  // "X, enabling ...", "X, outperforming strong models" (but not "X, a training method"): a participle starts what X does;
  // so does one after a comma and an adverb ("X, Y and Z, even outperforming a supervised method").
  const prev = f.tokens[k - 1]!;
  const adverbAfterComma = k >= j + 2 && isAdverb(prev.text) && /,/.test(f.text.slice(f.tokens[k - 2]!.end, prev.start));
  const opensPhrase = k === j + 1 || /,/.test(between) || adverbAfterComma;
  if (opensPhrase && (c === 'gerund' || isVerbIng(t.text))) return true;
  // "X, a new benchmark featuring complex tasks": a participle after the phrase's noun starts what it does
  // ("an LLM training framework": a gerund before a noun heads nothing). So does one right after a plain noun
  // of kind, whatever follows: "X, a framework enabling LLM agents to ...", "an attack targeting LLM agents"
  // ("an LLM serving system", "a model training recipe": after a model's noun it makes a compound).
  const prevKind = headNounType(prev.text);
  const afterKindNoun = prevKind !== null && prevKind !== 'Model' && /^\p{Ll}+$/u.test(prev.text);
  return found !== null && /\p{Ll}ing$/u.test(t.text) && (afterKindNoun || ((c === 'gerund' || c === 'verb' || c === 'unknown') && !headNounType(f.tokens[k + 1]?.text ?? '')));
}

/**
 * Whether token `k` runs, through spaces only, into a head noun: right away, or past one plain modifier when it
 * is no verb in "-s" ("slide foundation model"; in "X, directly aligns language model outputs" it is X's verb).
 */
function runsIntoHeadNoun(f: FieldText, k: number): boolean {
  const reach = /\p{Ll}s$/u.test(f.tokens[k]!.text) ? k + 1 : k + 2;
  for (let n = k + 1; n <= reach; n++) {
    const t = f.tokens[n];
    if (!t || !/^\s+$/.test(f.text.slice(f.tokens[n - 1]!.end, t.start))) return false;
    if (headNounType(t.text) !== null) return true;
    if (wordClass(t.text) !== 'unknown') return false;
  }
  return false;
}

const LEADING_ADVERB = /^\s*(?:\p{L}+ly|moreover|furthermore|further|additionally|finally|overall|however|in particular|for example|for instance|in addition)\s*,\s*/iu;

/** "results on X", "evaluated on X and Y", "ranks 1st in X": an unknown name measured on is a benchmark. */
function measuredOn({ f, start, end, sentence }: NameSite): Reading {
  const prevText = f.text.slice(Math.max(sentence.start, start - 40), start);
  const capitalised = /^[\p{Lu}\p{N}]/u.test(f.text[start] ?? '');
  // "On X and Y, our model ..." opens a sentence as often as "results on X" ends one.
  // "ranks 1st in X", "placing second on the X leaderboard": a ranking is read off a benchmark.
  if (/\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|top(?:s|ped)?)\s+(?:[\p{L}\p{N}/]+\s+){0,2}(?:in|on)\s+(?:the\s+)?$/u.test(prevText) && capitalised) {
    return weak('Benchmark');
  }
  // A list closed by "and" ends there: in "On X and Y, Z improves", Z is the subject, not a third item.
  const listed = /\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+,\s*)*(?:[\p{L}\p{N}-]+,?\s+and\s+)?$/u.exec(prevText);
  if (!listed || !/\b(?:evaluat|experiment|result|test|perform|benchmark|accura|score|achiev|outperform|surpass|improv)/i.test(sentence.text)) return undefined;
  // "Fine-tuning X on GSM8K, Kite attains ...": after an opening phrase's comma, a name the list does not
  // go on from is the clause's subject ("Experiments on QuoRef, HotPot show ..." lists both).
  // "Notably, on Argoverse2, X surpassed ...": an adverb set off by a comma comes before the opening phrase.
  const lead = LEADING_ADVERB.exec(f.text.slice(sentence.start, start))?.[0].length ?? 0;
  const opener = f.tokens.find((t) => t.start >= sentence.start + lead);
  const opensWithPhrase = opener !== undefined && (/^\p{L}[\p{L}-]*ing$/u.test(opener.text) || wordClass(opener.text) === 'prep');
  const goesOn = !opensWithPhrase || !/,\s*$/.test(listed[0]) || /^\s*(?:,|\(|and\b|or\b)/.test(f.text.slice(end, end + 5));
  return goesOn && capitalised ? weak('Benchmark') : undefined;
}

/**
 * "a corpus, which we name X", "models which we call X": the noun the naming clause hangs on, unless a
 * preposition's object ("an approach to code generation by LLMs, which we call X" hangs on the approach).
 */
function namingClause({ f, start, sentence }: NameSite): Reading {
  const named = NOUN_WE_NAME.exec(f.text.slice(Math.max(sentence.start, start - 40), start));
  const namedType = named && !(named[1] && wordClass(named[1]) === 'prep') ? headNounType(named[2]!) : null;
  return namedType ? weak(namedType) : undefined;
}

/** A kind noun before the name: "a new benchmark called X", "the benchmark X", "techniques, including X and Y". */
function nounBefore({ f, start, end, i, sentence }: NameSite): Reading {
  const namingBefore = i > 0 && NAMING_WORD.test(f.text.slice(f.tokens[Math.max(0, i - 6)]!.start, start));
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = f.tokens[k]!;
    if (t.start < sentence.start) break;
    const next = f.tokens[k + 1]!;
    // "a new test set named X", "test sets such as X": a two-word head only where a naming or list word ties the name to it.
    const head = headNounType(t.text) ?? (LIST_OR_NAMING.test(next.text) ? evaluationHeadType(f.tokens[k - 1]?.text, t.text) : null);
    if (head) {
      // "the Defects4J dataset demonstrates X's": a plain word right after the noun ends the noun's phrase.
      const names = k === i - 1 || LIST_OR_NAMING.test(next.text) || isNameShaped(next.text) || /^\s*[,(:]/.test(f.text.slice(t.end, next.start));
      // "the first multilingual math dataset, mCoT-MATH, covering ...", "Our dataset, MURI-IT, includes": a data noun set
      // off by commas right before the name is an apposition that says what the name is, as "X, a dataset," does after
      // it ("On public benchmarks, Kite-LLM (8B) achieves": an opening phrase's noun is not).
      if ((head === 'Dataset' || head === 'Benchmark') && k === i - 1 && /^\s*,\s*$/.test(f.text.slice(t.end, f.tokens[i]!.start)) && /^\s*[,(]/.test(f.text.slice(end, end + 3)) && !opensWithPreposition(f, sentence.start, t.start)) return strong(head);
      return names ? weak(head) : null;
    }
    // "techniques, including H2O and CaM", "two subsets, X and Y": look through the list; a name not
    // followed by a list mark ends it ("the benchmark AIME demonstrate X's": the noun is AIME's).
    if (LIST_OR_NAMING.test(t.text) || (t.text === 'to' && f.tokens[k - 1]?.text === 'referred')) continue;
    // "a dataset for training, denoted as X", "a framework for LLMs named X": the noun the naming phrase hangs on.
    const namedThrough = namingBefore ? hangsOnNoun(f, k, start) : null;
    if (namedThrough) return weak(namedThrough);
    if (isNameShaped(t.text)) {
      const after = f.tokens[k + 1]!;
      if (/^\s*[,/]\s*$/.test(f.text.slice(t.end, after.start)) || /^(?:and|or)$/i.test(after.text)) continue;
      break;
    }
    const c = wordClass(t.text);
    // "on the X benchmark, where it outperforms Y": a clause boundary or a comparison ends the phrase
    // the name belongs to; the noun before it describes something else.
    if (c === 'verb' || c === 'prep' || c === 'gerund' || c === 'pron' || /^(?:outperform|surpass|beat|exceed|rival)\w*$/i.test(t.text)) break;
  }
  return undefined;
}

/**
 * As the clause's subject only ("adding MathPile improves ..." is said of something else): "Kite-L outperforms",
 * "Kite-L achieves" make a model ("-T", "-L": the size letters of a model line); "TetriInfer improves TTFT" a
 * method, unless the name has a sized release elsewhere ("Kite" beside "Kite-8B"), which it is left to.
 */
function subjectType({ f, start, end, i, sentence }: NameSite): Reading {
  const before = i > 0 && f.tokens[i - 1]!.start >= sentence.start ? f.tokens[i - 1]!.text : '';
  const subject = !before || /^(?:and|that|which|while|whereas|but|then|thus|hence|finally|overall|notably|moreover|further|furthermore|specifically|also)$/i.test(before) || /[,;:]\s*$/u.test(f.text.slice(Math.max(sentence.start, start - 3), start));
  if (!subject) return null;
  const after = f.text.slice(end, Math.min(sentence.end, end + 40));
  const name = f.text.slice(start, end);
  const doesBetter = OUTPERFORMS_AFTER.test(after);
  if (SIZE_LETTER_END.test(name) && (doesBetter || SCORES_AFTER.test(after))) return weak('Model');
  if (!doesBetter || occurrences(f, name).some((o) => SIZED_AFTER.test(f.text.slice(o.end, o.end + 12)))) return null;
  return weak('Technique');
}

// "we present, and X-2000, which are multiple-choice benchmark datasets": a relative clause after a list of
// names says what each of them is.
const LIST_THEN_WHICH_ARE = /^(?:\s*,\s*(?:and\s+|or\s+)?[\p{L}\p{N}][\p{L}\p{N}.+-]*|\s+(?:and|or)\s+[\p{L}\p{N}][\p{L}\p{N}.+-]*){0,8}\s*,\s*(?:which|that)\s+are\s+((?:[\p{L}\p{N}&/-]+\s+){0,6})/u;

/** The kind the clause after a list names: its first run of head nouns, read to its last ("benchmark datasets"). */
function listDescribed({ f, end, sentence }: NameSite): Reading {
  const words = LIST_THEN_WHICH_ARE.exec(f.text.slice(end, sentence.end))?.[1]?.trim().split(/\s+/) ?? [];
  let found: EntityType | null = null;
  for (const w of words) {
    const t = headNounType(w);
    if (t) found = t;
    else if (found) break;
    // "that are strict generalizations of the original Transformer": the phrase's noun came and was no kind.
    else if (['prep', 'verb', 'conj', 'gerund'].includes(wordClass(w))) break;
  }
  return found ? strong(found) : undefined;
}

/** The readings in the order they are tried: the words after the name say most, its being a subject least. */
const READINGS: readonly ((site: NameSite) => Reading)[] = [nounAfter, appositive, listDescribed, measuredOn, namingClause, nounBefore, subjectType];
