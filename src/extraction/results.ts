import { isChangeFigure, isChangeValue, MARGIN_HEDGE } from './figures.js';
import { headNounType } from './shapes.js';
import type { Sentence } from './text.js';
import type { EntityType, Evidence, ExtractedResult } from './types.js';

/** An entity mention inside one sentence, with offsets relative to the sentence start. */
export interface SentenceMention {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  /** The paper's main contribution (its title name, "we introduce X"). */
  primary: boolean;
  /** A named system ("GPT-4o", "KVSieve"), as opposed to a general term ("KV cache"): only these report results. */
  named: boolean;
}

// A number with the unit that makes it a claim: "42.7%", "4x", "1.34×", "6.4 points", "128K tokens", "30 tokens/s",
// "2.71 out of 5"; "23.5->26.9" is a before/after pair.
// "2-4x", "2X-3X", "10–20%", "3.14~4.40x" are ranges: both ends are claims.
// "512×512", "256 x 64GB", "5.42 x 10^6": a number multiplied by another is a size or a count, no factor.
// "ε=8/255", "CIFAR-10/100": a number right after a digit and a slash is a fraction's denominator or a second name
// ("91.8%/85.1%" are two values).
const VALUE =
  /(?<![\p{L}\p{N}.\-@])(?<!\d\/)(?:(?<from>-?\d+(?:\.\d+)?)\s*(?:->|→|—>|to|(?:[xX×%])?\s*[-–~∼]\s*)\s*)?(?<num>-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)\s*(?<unit>\\?%|×(?!\s?\d)|x(?![\p{L}\p{N}]|\s\d)|(?<=\d)X(?![\p{L}\p{N}]|\s\d)|times\b|-?fold\b|(?:percentage\s+|-)?points?\b|pts\b|dB\b|out of \d+|frames per second\b|fps\b|FPS\b|tokens?\s*(?:\/\s*s(?:ec)?|per\s+second)\b|(?<multiplier>[kKMB]|\s(?:thousand|million|billion))?\s*(?<counted>tokens|words|hours)\b|(?<takes>ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|GB|MB)\b|(?=\s+[\p{L}\d@-]+|\s*[(),;]|\.(?!\d)|$))/gu;
// "in 0.23 seconds", "a latency of just 111 ms", "uses less than 12 GB": a time or memory a model takes is a
// claim; "30 seconds of audio", "videos of up to 15 seconds", "a 24 GB GPU" are what it makes or runs on
// ("12 GB of memory" is taken).
const TAKES_CUE = /\b(?:in|within|under|takes?|took|requires?|requiring|uses?|using|needs?|(?:latency|time|memory|footprint|usage|cost)(?: of| is)?|(?:reduc|lower|cut|decreas|drop)\w*\s+(?:[\p{L}\p{N}.-]+\s+){0,4}?(?:latency|time|memory|footprint|usage|cost|TTFT|TPOT|overhead)\s+(?:[\p{L}\p{N}.@-]+\s+){0,3}?to|(?:reduc|lower|cut|decreas|drop|improv|latency|time|memory|footprint|usage|consumption|cost)\w*[^.;]{0,60}?from\s+[\d.]+\s*\p{L}+\s+to|reach\w*|achiev\w*|deliver\w*|as low as)\s+(?:(?:only|just|about|around|approximately|under|less than|at most)\s+)?$/iu;
const SPAN_OF = /^\s*(?:of|long|chunks?|segments?|clips?|windows?|frames?)\b/i;
// "12 GB of memory" is taken, "12 GB of synthetic transcripts" is data.
const MEMORY_OF = /^\s*of\s+(?:(?:GPU|peak|device|total|CPU)\s+)?(?:memory|VRAM|RAM|HBM)\b/i;
/**
 * VALUE's parts, read once per match: a pair's or range's first number, the number, its unit as written, and the unit's
 * multiplier ("128K"), the thing counted ("tokens") or the time or memory taken ("ms", "GB"); whether it is a range.
 */
interface ValueParts {
  from: string | undefined;
  num: string;
  unit: string;
  multiplier: string | undefined;
  counted: string | undefined;
  takes: string | undefined;
  range: boolean;
}

function partsOf(m: RegExpMatchArray): ValueParts {
  const { from, num, unit, multiplier, counted, takes } = m.groups ?? {};
  return { from, num: num ?? '', unit: unit ?? '', multiplier, counted, takes, range: from !== undefined && RANGE.test(m[0]) };
}

const ARROW_PAIR = /(?:->|→|—>)/u;
// "from 55.6% to": the value a before/after pair written in words starts from.
const FROM_TO = /\bfrom\s+(-?\d+(?:\.\d+)?)\s*(?:%|points?)?\s+to\s+$/i;
const RANGE = /^-?[\d.]+\s*[xX×%]?\s*[-–~∼](?!>)/u;
// "improves FID from 2.11 to 0.30", "the MME score surged from 932 to 1326": a change stated in words.
const CHANGED = /\b(?:improv|boost|increas|rais|enhanc|lift|surg|jump|reduc|decreas|lower|drop|climb|grow|elevat)\w*\b/i;
// What a worded pair changes must be a measure ("the average score of X from 26.2 to 34.9"), not a setting
// ("the batch size from 256 to 1024", "sampling steps from 50 to 4").
const MEASURE_WORD = /\b(?:scores?|accuracy|performance|(?:success|win|pass|error|hit|acceptance|resolve|resolution|solve|agreement)\s+rates?|F1|FID|BLEU|ROUGE|pass@\w+|precision|recall|quality|Elo|results?)\b/i;
// "from 0.3 to 2 billion", "from 256 to 2048 frames": what grows is a count.
const COUNTED_AFTER = /^\s*(?:billion|million|thousand|[KMB]\b|(?:frames|tokens|images|samples|examples|steps|layers|GPUs|parameters|documents|videos|pages|words|experts|heads|nodes|agents|turns)\b)/u;
// "outperforming GPT-4o which scored 71.0": the score after a relative clause is its head's.
const WHICH_SCORED = /^\s*,?\s*(?:which|that|who)\s+(?:only\s+)?(?:scor|achiev|reach|obtain|attain|get)\w*\s+(?:(?:only|just)\s+)?$/u;
// "scores 51.1 on X", "averages 78.3,", "solves 6 of them": a score verb's number ends its phrase ("reaches 1,000
// layers", "averages 14.2 actions per episode", "3 new state-of-the-art results" count something).
const SCORE_END = /^(?:\s*[,.;:)(]|\s*$|\s+(?:on|in|at|across|for|with|and|or|vs\.?|versus|compared|over|against|while|when|through|of|average|overall|higher|lower|better|more|fewer|faster|points?|accuracy|score|F1|pass@\w+|problems|questions|issues|puzzles)(?![\p{L}\d]))/iu;
// "achieves 1038 TOPS", "reaches 31.2 BLEU": a unit or measure in capitals after the number.
const CAPITAL_UNIT_AFTER = /^\s+\p{Lu}{2,}/u;
// "it scores 51.1", "averages 78.3", "solves 25", "further elevates to 91.6": a bare number a model makes.
const SCORE_VERB = /\b(?:scor(?:es?|ing|ed)|averag(?:es?|ing|ed)|solv(?:es?|ing|ed)|reach(?:es|ing|ed)?|achiev(?:es?|ing|ed)|attain(?:s|ing|ed)?|obtain(?:s|ing|ed)?|(?:improv|elevat)\w*\s+(?:(?:it|this|performance)\s+)?to)\s+(?:(?:a|an)\s+)?(?:(?:new|average|overall|mean)\s+)?(?:score\s+of\s+)?$/i;
const GAIN_AFTER = /^\s+[\p{L}\d@-]+\s+(?:improvement|gain|increase|boost)s?\b/iu;

// What comes before a length that makes it a capability ("up to 128K tokens"), not a data count.
const LENGTH_CUE = /\b(?:up to|to|beyond|over|exceeding|exceeds?|than|surpassing|as long as|reaching|reaches|extends?|extending|handles?|processes?|supports?|of|for|within|in only|only)\s+$/i;
const COUNT_CUE = /\b(?:average|averaging|mean|total|comprising|contains?|containing|consisting|trained on|pre-?trained on)\b[^.]{0,30}$/i;
// "33.2% of the questions": a share of the data, not a result.
const SHARE_OF_DATA = /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?!the\s+(?:baseline|original|full|state))\p{L}/iu;
// "solves 28.8% of the problems", "resolves a mere 1.96% of the issues": the share a model solves is its result.
const SOLVED_SHARE = /\b(?:solv|resolv|pass|answer|complet|fix|succeed)\w*\s+(?:(?:only|just|about|around|over|nearly|almost|roughly|a mere|merely)\s+)?$/i;
// "reaching 99.3% of the performance level of X": a share of a measure is a result.
// "81% of the non-quantized performance", "wins 76% of the time", "with only 10% of the compute budget":
// a share of a measure, of the trials, or of a resource spent is a result.
const SHARE_OF_MEASURE = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}-]+['’]s\s+)?(?:(?:[\p{L}\p{N}-]+\s+){0,2}?(?:performance|accuracy|quality|capabilit\w*|scores?|reductions?|savings?|speed-?ups?)\b|(?:wall-clock\s+|total\s+|training\s+|inference\s+)?time\b(?!\s+(?:steps?|series|points?)\b)|(?:cases|comparisons|trials)\b)/iu;
// "using only 10% of the compute budget", "saves 42.5% of training costs", "remove up to 25% of the parameters": a
// resource spent or saved ("allocate 20% of the compute budget", "pruning 50% of the parameters" set it).
const SHARE_OF_RESOURCE = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\p{N}-]+['’]s\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:compute|computations?|costs?|budget|parameters|memory)\b/iu;
const ONLY_BEFORE = /\b(?:only|just|merely|less than|under|at most|up to|about|approximately|roughly|at|in|with|saves?|saving|reduc\w*|remov\w*|cut\w*)\s+(?:up to\s+|about\s+)?$/i;
// "trained with a context size of 32k tokens": a training setting, not a claim.
const TRAINING_SETTING = /\b(?:trained|training|train|pre-?trained|fine-?tuned)\s+(?:with|using|at|on|under)\b[^.;]{0,40}$/i;
// "8x deeper than VGG nets": a model's size, not a measured gain.
// "4x more data", "10x more than any previous model": a training budget, not a measured gain ("90x fewer
// parameters" for the same quality is one).
const SIZE_COMPARISON = /^\s*(?:(?:deeper|wider|larger|bigger)\b|more\s+(?:(?:training|pre-?training)\s+)?(?:data|parameters|params|tokens|compute|examples|samples|layers)\b|more\s+than\s+any\b)/i;
// "noise at 0 dB", "an SNR of -5 dB", "under 10 dB SNR": a signal level set for the test, not a measured gain.
const DECIBEL_SETTING = /\b(?:at|under|SNRs?(?:\s+of)?|noise(?:\s+levels?)?(?:\s+of)?)\s*[+]?$/i;
// "on 11 out of 18 tasks": a count of items, not a score out of a maximum.
const COUNT_OUT_OF = /^\s*(?:[\w-]+\s+)?(?:tasks|benchmarks|datasets|languages|domains|categories|settings|problems|cases)\b/i;
// "outperforms a strong X system", "compared to the standard X": an article and up to two describing words may come between.
// Case is written out, not folded: the maker's "OpenAI's" must be capitalised ("the model's score" is no maker).
const COMPARING = String.raw`\b(?:[Cc]ompared (?:to|with)|[Cc]omparable (?:to|with)|[Oo]n par with|[Cc]ompetitive with|than|[Oo]ver|vs\.?|[Vv]ersus|[Rr]elative to|[Aa]gainst|[Ss]urpass\w*|[Oo]utperform\w*|[Bb]eat\w*|[Ee]xceed\w*|[Mm]atch(?:es|ing)?|[Rr]ival\w*)\s+(?:both\s+|all\s+)?`;
// "outperforming closed models such as X", "compared to small diffusion models (e.g., X and Y)": a class with
// examples compares each example.
// "surpassing OpenAI's o1-preview", "outperforms zero-shot GPT-4V": a maker's name or a hyphened describing word may come between.
// "surpasses state-of-the-art (SOTA) instruction-tuned models such as X": a bracketed short form among the describing words.
const EXAMPLES = String.raw`(?:(?:[\p{Ll}-]+|\([\p{Lu}\p{N}-]{2,10}\))\s+){1,6}(?:such as|like|including|\(\s*(?:e\.g\.|such as|including),?)\s+(?:[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*`;
// "outperforms standard GRPO", "beats vanilla LoRA": a word that marks the baseline as the usual one, without an article.
const PLAIN_BASELINE = String.raw`(?:standard|vanilla|original|conventional|traditional|naive|plain|full|dense|base)\s+`;
const COMPARED = new RegExp(String.raw`${COMPARING}(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+|\d+(?:\.\d+)?[x×]\s+){0,4}|${EXAMPLES}|(?:\p{Ll}+-[\p{Ll}-]+\s+){1,2}|${PLAIN_BASELINE})?(?:\p{Lu}\p{L}*['’]s\s+)?$`, 'u');
// "surpassing X and Y", "outperforming X (76.5%) and Y", "outperforms MMS 1B and Y": every item of a compared list is compared.
const COMPARED_LIST = new RegExp(String.raw`${COMPARING}(?:(?:the|a|an)\s+)?(?:(?:\p{Ll}+-[\p{Ll}-]+\s+)?[\p{L}\p{N}.-]+(?:\s+(?:\d[\p{L}\p{N}.]*|v\d[\d.]*))*(?:\s*\([^()]{0,12}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\p{Ll}+-[\p{Ll}-]+\s+)?)+$`, 'u');
// "outperforms X by 37.1% and the baseline Y by 86.3%": the next name after a margin is compared too.
const COMPARED_AFTER_MARGIN = new RegExp(String.raw`${COMPARING}(?:[^.;]|\.\d)*?\bby\s+(?:[^.;]|\.\d){1,48}?\s+and\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`, 'u');
const SELF_SUBJECT = /\b(?:we|our|it|this|its|the (?:proposed |resulting |final )?(?:model|method|framework|approach|system))\b/i;
const OUR_THING = /\bour (?:[\w-]+\s+)?(?:method|approach|model|framework|system|technique|algorithm)\b/i;

// "while humans reach", not "while maintaining": a clause with a subject of its own.
const CLAUSE_BREAK = /(?:;|\b(?:while|whereas)\s+(?!\p{Ll}+ing\b)|,\s*but\s+(?!\p{Ll}+ing\b))/iu;
// "we find that all models fall below": a group is the subject; "exceeding existing methods by" is a comparison.
const GROUP_SUBJECT = /\bthat\s+(?:all|most|many|these|existing|other|current|both)\s+(?:[\w-]+\s+)?(?:models|methods|systems|baselines|approaches|LLMs|VLMs|MLLMs|LVLMs|LMMs)\b/u;

// "3x speedup on GPT-2", "models based off T5-Base and T5-Large", "outputs from the 175B GPT-3", "adds
// a small overhead to X", "43% using Qwen2.5-Coder-32B", "47.6% on Tiny-ImageNet with ResNet18": the model a method
// runs on or with, starts from or is compared with is no subject.
const WORKLOAD = /\b(?:on|for|from|to|using|with|based (?:on|off)|built (?:on|upon))\s+(?:the\s+)?(?:[\p{L}\p{N}.-]+(?:\s*\([^()]{0,12}\))?(?:\s*,\s*[\p{L}\p{N}.-]+(?:\s*\([^()]{0,12}\))?)*,?\s+(?:and|or)\s+|[\d.]+[BM]\s+)?$/u;

// "LazyLLM accelerates the prefilling of Llama-2-7B by 2.34x", "improves the speed of A, B and C by up to
// 4x", "enables Kimi to handle 75% more requests", "makes ChatGLM2 50% faster": the model acted on is the
// object of the claim, the method before it the subject ("makes Y solve 38%" states no change: Y's).
const ACTION_VERB = String.raw`[Ii]mprov|[Aa]ccelerat|[Bb]oost|[Ee]nhanc|[Rr]ais|[Ee]nabl|[Aa]llow|[Rr]educ|[Ii]ncreas|[Cc]ompress|[Pp]run|[Ss]erv|[Ss]peed|[Mm]ak|[Mm]ade`;
const ACTION = new RegExp(ACTION_VERB, 'u');
// "X improves Y by 8.5%, achieving 49.1% on Z": a participle clause after the object speaks for the actor.
const RESULT_PARTICIPLE = /,\s*(?:and\s+)?(?:\p{Ll}+ly\s+)?(?:achieving|reaching|attaining|obtaining|scoring|yielding|delivering)\s+(?:[^.;]|\.\d)*$/u;
// List items are names (capitalised words and numbers: "Llama 3 8B"), so "and" can only join them; each may
// carry its own margin ("accelerates A by 3.1x and B by 2.2x"). Describing words or a class with examples may
// stand before them ("improves the performance of large models, such as A and B, by 10 points").
const ACTED_ON = new RegExp(String.raw`\b(?:${ACTION_VERB})\w*(?:\s+up)?\s+(?:the\s+)?(?:(?:the|its)\s+(?:[\p{L}\p{N}@-]+\s+){0,4}?(?:of|for)\s+(?:the\s+)?(?:[\p{Ll}\p{N}-]+\s+){0,4}?(?:[\p{Ll}-]+,?\s+(?:such as|like|including)\s+)?)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3}?(?:\s+by\s+[\d.]+(?:\s?(?:[x×%]|points?))?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$`, 'u');
// "... on an A100 by up to 4.04x, 3.73x, and": the figure is the margin the action gives.
const BY_FIGURE = new RegExp(String.raw`^(?:[^.;]|\.\d)*?\bby\s+${MARGIN_HEDGE}(?:[+-]?[\d.]+(?:\s?[x×%])?(?:\s*[-–,]\s*(?:and\s+)?|\s+(?:to|and)\s+))*\+?$`, 'u');

/**
 * "our model solves 28.8%, while X solves 0%": "our model" speaks for X only inside X's own clause; "Our small
 * model, X, reaches 84.6%" names our model X itself, and X owns the value.
 */
const OUR_THING_ALL = new RegExp(OUR_THING.source, 'gi');

function ourThingInClause(text: string, pos: number): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(0, pos).matchAll(OUR_THING_ALL)) last = m as RegExpExecArray;
  if (last === null) return false;
  const between = text.slice(last.index + last[0].length, pos);
  return !CLAUSE_BREAK.test(between) && !/^\s*,?\s*$/.test(between);
}

// A measure's value without a unit: "Test F1 to 93.2", "an F1 of 93.2", "28.4 BLEU".
const VALUE_OF_MEASURE = /^\s+(?:score\s+)?(?:of|to|at|=|:|reaches|reaching)\s+$/i;

function measureValue(text: string, mentions: readonly SentenceMention[], start: number, end: number): boolean {
  // "reaching a score of 88.5": a score is a measure even unnamed.
  if (/\bscores?(?:\s+of\s+|\s*[:=]\s*)$/i.test(text.slice(Math.max(0, start - 12), start))) return true;
  return mentions.some((x) => x.type === 'Metric' && ((x.end <= start && VALUE_OF_MEASURE.test(text.slice(x.end, start))) || (x.start >= end && /^\s+$/u.test(text.slice(end, x.start)))));
}

// "attains 92.1 on DocVQA": a bare number written against a named benchmark is a score on it.
// "ranks 3 on X", "k = 8 on X", "temperature 0.7 on X", "trained in 2024 on X": a setting, a rank or a year
// written before a benchmark is no score of it.
const SETTING_BEFORE = /(?:=|\b(?:rank\w*|top|k|n|temperature|epochs?|steps?|layers?|heads?|seeds?|size|batch|in|since|of|at|with|using|only))\s*$/i;

function scoreOnBenchmark(text: string, mentions: readonly SentenceMention[], start: number, end: number): boolean {
  const on = /^\s+(?:on|in)\s+(?:the\s+)?/u.exec(text.slice(end, end + 12));
  if (on === null || !mentions.some((x) => isBench(x) && x.start === end + on[0].length)) return false;
  return !SETTING_BEFORE.test(text.slice(0, start)) && !YEAR.test(text.slice(start, end).trim());
}

const MARGIN_OVER = new RegExp(String.raw`^(?:\s+(?:model|baseline)s?)?(?:\s*\([^()]{0,12}\))?\s+by\s+${MARGIN_HEDGE}$`, 'i');
const YEAR = /^(?:19|20)\d\d$/u;

// The words between a value and the benchmark it is measured on: "42.7% accuracy on X", "4x faster in the X setting",
// "+6.8% / +5.8% on X", "20.6% to 29.1% on X", "57.0% (+8.1%) on X" (both values), "88.4% top-1 accuracy with linear probing on X",
// "on a subset of X", "on the math benchmark X", or nothing at all ("48.5% OSWorld").
const ASIDE = String.raw`(?:\s*\([^()]{0,40}\))?`;
// Each listed value and up to two words after it ("20.6% to 29.1% on"): the words may not be the next item's "and" or
// "to", and a unit takes its own spaces, so a long run of " and 3" reads in one way only (no backtracking blow-up).
const RUN_ON = String.raw`(?:\s*(?:\/|,|and|to|→|->)\s*[+-]?\d[\d.]*(?:\s*(?:%|x|×))?(?:\s+(?!(?:and|to)(?![\p{L}@\d-]))[\p{L}@][\p{L}@\d-]*){0,2}${ASIDE})*`;
const BENCHMARK_AFTER = new RegExp(
  String.raw`^(?:\s+|\)\s*(?:on|in)\s+(?:the\s+)?|${ASIDE}${RUN_ON}\s*(?:[\p{L}@\d.-]+${ASIDE}\s+){0,7}(?:on|in)\s+(?:the\s+|a\s+subset\s+of\s+)?(?:(?:\p{Ll}+\s+)?(?:benchmark|dataset)\s+)?)$`,
  'u',
);

// "55.2% pass@1 on AIME 2024 and 89.1% on MATH-500": each value belongs to the benchmark written after it.
function benchmarkAfter(text: string, mentions: readonly SentenceMention[], end: number): string | null {
  const next = mentions.find((x) => isBench(x) && x.start >= end && BENCHMARK_AFTER.test(text.slice(end, x.start)));
  return next?.name ?? null;
}

// "at a cost of $15 per paper", "saves $28.5": a sum of money is a result's value, in dollars.
const isDollars = (text: string, at: number): boolean => text[at - 1] === '$';
// "225 TFLOPs/s", "1.2 GB/s", "30 QPS": a rate written as a symbol after a bare number is the value's unit, not points.
const SYMBOL_UNIT_AFTER = /^\s*((?:[KMGTP]?FLOP[Ss]?|[KMGT]i?B)\/s|QPS|it\/s|(?:samples|images|requests|queries)\/s)(?![\p{L}\p{N}])/u;

function valueUnit(text: string, at: number, end: number, raw: string): string {
  if (raw !== '') return unitOf(raw);
  return isDollars(text, at) ? '$' : (SYMBOL_UNIT_AFTER.exec(text.slice(end, end + 16))?.[1] ?? unitOf(raw));
}

function unitOf(raw: string): string {
  const u = raw.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\\/, '');
  const time = /^(?:(ms|millisecond)|(s|sec|second)|(min|minute))s?$/.exec(u);
  if (time) return time[1] ? 'ms' : time[2] ? 's' : 'minutes';
  if (u === 'gb' || u === 'mb') return raw.toUpperCase();
  if (u === '%') return '%';
  if (u === '×' || u === 'x' || u === 'times' || u.endsWith('fold')) return 'x';
  if (u.includes('point') || u === 'pts') return 'points';
  if (u.startsWith('out of')) return u;
  if (u === 'fps' || u === 'frames per second') return 'fps';
  if (u === 'db') return 'dB';
  if (/^tokens?\s*(?:\/|per\b)/.test(u)) return 'tokens/s';
  if (u === '') return 'points'; // "6.4 accuracy improvement"
  return u.replace(/^(?:thousand|million|billion|[kmb])\s*/, '');
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, thousand: 1e3, million: 1e6, billion: 1e9 };

function valueOf(num: string, multiplier: string | undefined): number {
  const v = Number(num.replace(/,/g, ''));
  return v * (multiplier ? (MULTIPLIERS[multiplier.trim().toLowerCase()] ?? 1) : 1);
}

// "..., and MathRL-32B further improves to 78.2%", "Compared to X, Y improves": a name its own verb follows
// opens a new clause; it is no item of the list before it.
const OWN_VERB_AFTER = /^\s+(?:(?:\p{Ll}+ly|further|also|still|then)\s+)?(?:(?:achiev|reach|scor|attain|obtain|improv|outperform|surpass|exceed|match|deliver|yield|gain|provid|offer)\p{Ll}*|gets?|is|are|was|were)\b/u;

/** Is the name at `m` (offsets into `text`) what something is compared with ("outperforms X", "than X and Y", "by 37.1% and Y by 86.3%")? */
export function isCompared(text: string, m: { start: number; end: number }): boolean {
  if (COMPARED.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  const after = text.slice(m.end, m.end + 40);
  if (OWN_VERB_AFTER.test(after)) return false;
  return COMPARED_LIST.test(text.slice(Math.max(0, m.start - 90), m.start)) || (/^[^.;,]{0,40}?\s+by\b/u.test(after) && COMPARED_AFTER_MARGIN.test(text.slice(Math.max(0, m.start - 120), m.start)));
}

// What a subject does right after its bracketed name: "(GPT-4o) solving only", "(X) can generate", ", which achieves".
const ACTS_AFTER = /^\s*(?:,\s*(?:which|that|who)\b|(?:can|could|still|also)\b|\p{Ll}+(?:ing|s|ed)\b(?!\s+(?:by|than|to|on|of|for|with)\b))/u;

/**
 * "79.3% on A (GPT-3.5: 76.8%), 63.6% on B", "across LLMs (including OPT-175B), only 18% lower": a name in brackets
 * closed before the value speaks only inside them, unless they name a subject described before them that acts
 * after them ("the best model (GPT-4o) solving only 16.3%").
 */
function closedAside(text: string, m: SentenceMention, at: number): boolean {
  const open = text.lastIndexOf('(', m.start);
  const close = text.indexOf(')', m.end);
  if (open < 0 || open < text.lastIndexOf(')', m.start) || close < 0 || close > at) return false;
  const kind = /([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, open - 30), open))?.[1] ?? '';
  const named = headNounType(kind) !== null || headNounType(kind.replace(/s$/, '')) !== null;
  return !(named && ACTS_AFTER.test(text.slice(close + 1, close + 40)));
}

/** The nearest mention ending before `pos` that passes `accept`, skipping those in a comparison. */
function nearestBefore(text: string, mentions: readonly SentenceMention[], pos: number, accept: (m: SentenceMention) => boolean): SentenceMention | null {
  let best: SentenceMention | null = null;
  for (const m of mentions) {
    if (m.end > pos || !accept(m)) continue;
    if (isCompared(text, m)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

// "a 3x reduction in KV cache budget without accuracy loss": a measure named after the value is its own only in the
// same clause, and never one the sentence says is left unchanged.
const NOT_THE_VALUES_MEASURE = /\b(?:without|while|whereas|but)\b|;|,\s*with\b|\)\s*,/i;

/**
 * "preserves 95% retrieval accuracy", "59.3->59.2 accuracy on MMLU": a measure written straight after the value (its
 * unit at most between) is the value's own, whatever measure the sentence named before it.
 */
function metricRightAfter(text: string, mentions: readonly SentenceMention[], end: number): SentenceMention | null {
  return mentions.find((x) => isMetric(x) && x.start >= end && /^\s*$/.test(text.slice(end, x.start))) ?? null;
}

/** The first metric named after the value at `at`, where nothing between says it is another measure. */
function metricAfter(text: string, mentions: readonly SentenceMention[], at: number): SentenceMention | null {
  const next = mentions.find((x) => isMetric(x) && x.start > at);
  return next && !NOT_THE_VALUES_MEASURE.test(text.slice(at, next.start)) ? next : null;
}

// "X and Y achieve 54.0% and 55.8% AP": a list of values after a list of as many names pairs them in order, with a
// clause between them too ("models like X and Y find it hard to solve Z, achieving 68.0% and 49.3%").
const LISTED_VALUE = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:%|x|×|points?|ms|s|GB|MB))?`;
const VALUE_GAP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)`;
const VALUES_BEFORE = new RegExp(String.raw`(?:${LISTED_VALUE}${VALUE_GAP})+$`, 'u');
const VALUES_AFTER = new RegExp(String.raw`^(?:${VALUE_GAP}${LISTED_VALUE})+`, 'u');
// "A, B and C": commas join names only in a list that "and" closes ("Unlike GPT-4o, VisionX achieves ..." is none).
const LAST_NAME_GAP = /^\s*,?\s+and\s+$/u;
const NAME_GAP = /^\s*,\s*$/u;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;

/** A value's place in a run of listed values ("2.42x and 2.26x"), and where the run starts and ends. */
interface ValueRun {
  index: number;
  count: number;
  runStart: number;
  runEnd: number;
}

/** The run of listed values the value at `at`..`end` stands in; null for a lone value. */
function valueRun(text: string, at: number, end: number): ValueRun | null {
  // "+9.8%, +5.7%": a value's sign is part of it in the list.
  const start = text[at - 1] === '+' || text[at - 1] === '-' ? at - 1 : at;
  // A window, not the whole sentence: the lists are short, and the regexes stay linear.
  const before = VALUES_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
  const after = VALUES_AFTER.exec(text.slice(end, end + 160));
  if (!before && !after) return null;
  const index = before ? before[0].match(NUMBER)!.length : 0;
  const count = index + 1 + (after ? after[0].match(NUMBER)!.length : 0);
  return { index, count, runStart: start - (before?.[0].length ?? 0), runEnd: end + (after?.[0].length ?? 0) };
}

function respectiveSubject(text: string, mentions: readonly SentenceMention[], run: ValueRun | null, owns: (m: SentenceMention) => boolean): string | null {
  if (!run) return null;
  const names = mentions.filter((x) => x.end <= run.runStart && owns(x));
  const last = names[names.length - 1];
  if (!last || run.runStart - last.end > 80 || /[.;]/u.test(text.slice(last.end, run.runStart))) return null;
  const list = [last];
  for (let k = names.length - 2; k >= 0 && (list.length === 1 ? LAST_NAME_GAP : NAME_GAP).test(text.slice(names[k]!.end, list[0]!.start)); k--) list.unshift(names[k]!);
  return list.length === run.count && run.count > 1 ? list[run.index]!.name : null;
}

/**
 * "2.42x and 2.26x MFU compared to Megatron-LM and DeepSpeed, respectively": values listed before a comparison with as
 * many names pair with them in order.
 */
function respectiveCompared(text: string, mentions: readonly SentenceMention[], run: ValueRun | null): SentenceMention | null {
  return respectiveAfter(text, mentions, run, isComparable, (gap) => COMPARED.test(gap));
}

/** "by 3.23%, 2.03% and 16.5% on MSVD, MSRVTT and TGIF": values listed before as many benchmarks pair with them in order. */
function respectiveBenchmark(text: string, mentions: readonly SentenceMention[], run: ValueRun | null): string | null {
  return respectiveAfter(text, mentions, run, isBench, (gap) => BENCHMARK_AFTER.test(gap))?.name ?? null;
}

/** "99.8%, 99.0% and 95.5% on length accuracy, rhyme accuracy and boundary recall": values listed before as many measures pair with them in order. */
function respectiveMetric(text: string, mentions: readonly SentenceMention[], run: ValueRun | null): SentenceMention | null {
  return respectiveAfter(text, mentions, run, isMetric, (gap) => MEASURES_AFTER.test(gap));
}
const MEASURES_AFTER = /^\s*(?:(?:on|in|for|of)\s+(?:the\s+)?)?$/u;

/** The name a listed value pairs with in a list of as many names that follows the values, opened as `opens` says. */
function respectiveAfter(
  text: string,
  mentions: readonly SentenceMention[],
  run: ValueRun | null,
  kind: (m: SentenceMention) => boolean,
  opens: (gap: string) => boolean,
): SentenceMention | null {
  if (!run || run.count < 2) return null;
  const names = mentions.filter((x) => x.start >= run.runEnd && kind(x));
  const first = names[0];
  if (!first || first.start - run.runEnd > 60 || !opens(text.slice(run.runEnd, first.start))) return null;
  const list = [first];
  for (let k = 1; k < names.length && list.length < run.count; k++) {
    if (!(k === run.count - 1 ? LAST_NAME_GAP : NAME_GAP).test(text.slice(list[list.length - 1]!.end, names[k]!.start))) break;
    list.push(names[k]!);
  }
  return list.length === run.count ? list[run.index]! : null;
}

// A result's subject is a model or a named method, never a benchmark (its sizes are data, not results).
const isSubject = (m: SentenceMention): boolean => m.type === 'Model' || (m.type === 'Technique' && (m.named || m.primary));
// What a result is compared to may be any model or method, known ones too ("outperforms DPO by 6.4 points").
const isComparable = (m: SentenceMention): boolean => m.type === 'Model' || m.type === 'Technique';
const isBench = (m: SentenceMention): boolean => m.type === 'Benchmark' || m.type === 'Dataset';
const isMetric = (m: SentenceMention): boolean => m.type === 'Metric';

/** The paper's own contribution, as the subject of "we/our method/it" sentences. */
export interface PaperSubject {
  name: string;
  type: EntityType;
}

/** "1,062 questions", "a 24 GB GPU", "from 4 to 8 GPUs", "reaches 32768": is the number matched at `at` a claim at all? */
function isClaim(text: string, mentions: readonly SentenceMention[], m: RegExpMatchArray, parts: ValueParts, at: number): boolean {
  const after = text.slice(at + m[0].length);
  const before = text.slice(0, at);
  const { from, num, unit: unitRaw, counted, takes, range } = parts;
  // "1990s-era hardware": a decade is no time taken.
  const decade = takes === 's' && /^(?:1[89]|20)\d0$/u.test(num);
  if (takes && (decade || !TAKES_CUE.test(before) || /\bup to\s+$/i.test(before) || (SPAN_OF.test(after) && !MEMORY_OF.test(after)) || TRAINING_SETTING.test(before))) return false;
  if (unitRaw === '%' && SHARE_OF_DATA.test(after) && !SOLVED_SHARE.test(before) && !SHARE_OF_MEASURE.test(after) && !(SHARE_OF_RESOURCE.test(after) && ONLY_BEFORE.test(before))) return false;
  // "improves success from 38% to 71%": the first value is where the baseline stood, not a claim.
  if (/\bfrom\s+$/i.test(before) && /^\s*to\s+-?\d/u.test(after)) return false;
  if (counted && (!LENGTH_CUE.test(before) || COUNT_CUE.test(before) || TRAINING_SETTING.test(before))) return false;
  if (/^[x×X]$/u.test(unitRaw) && SIZE_COMPARISON.test(after)) return false;
  if (unitRaw === 'dB' && DECIBEL_SETTING.test(before)) return false;
  if (unitRaw.startsWith('out of') && COUNT_OUT_OF.test(after)) return false;
  // "23.5->26.9 F1", "improves FID from 2.11 to 0.30": a before/after pair ("from 4 to 8 GPUs" is a range). The change
  // word may stand a long name back ("raises the average score of Mistral-7B-Instruct-v0.2 from"), the measure a bracket
  // back ("Frechet inception distance (FID) from").
  const pair = from !== undefined && (ARROW_PAIR.test(m[0]) || (/\bfrom\s+$/i.test(before) && CHANGED.test(before.slice(-90)) && !COUNTED_AFTER.test(after) && (MEASURE_WORD.test(before.slice(-60)) || mentions.some((x) => x.type === 'Metric' && x.end <= at && x.end >= at - 60))));
  // A bare number is a claim as a pair, a gain ("6.4 accuracy improvement", "+4.3 on X"), a score a model
  // makes ("scores 51.1") or a measure's value ("F1 to 93.2", "28.4 BLEU").
  // "+6.49 on X", "(+4 points)"; "a reward of +1", "an SNR of +5 dB", "C++17", "from -0.12 to +0.22" are none.
  const signed = text[at - 1] === '+' && !/[\p{L}\p{N}+]/u.test(text[at - 2] ?? '') && !/\b(?:to|of)\s*\+$|\bbetween\s+[+-]?[\d.]+\s+and\s*\+$/u.test(before) && (num.includes('.') || /^\s*(?:points?|pp)\b/u.test(after));
  // A large bare whole number after a score verb is a count or a length ("reaches 32768").
  const capitalUnit = CAPITAL_UNIT_AFTER.test(after);
  const scored = SCORE_VERB.test(before) && (SCORE_END.test(after) || capitalUnit) && (num.includes('.') || Number(num) <= 100 || capitalUnit);
  // "such as o3-mini (74.5) and DeepSeek-R1 (74.9)": a decimal alone in brackets right after a named system is its score.
  const bracketScore = num.includes('.') && /^\s*\)/u.test(after) && mentions.some((x) => isSubject(x) && /^\s*\(\s*$/u.test(text.slice(x.end, at)));
  // "0.66 versus 0.55 for SDXL": a bare number a named system is compared at is that system's score.
  const comparedScore = comparedValueOwner(text, mentions, at, at + m[0].length) !== undefined;
  // "51.3 vs. 28.9 on AMC 23", "AIME24 (80.3 vs. 79.8)": two scores set against each other are both claims.
  const versus = VS_NEXT.test(after) || VS_PREV.test(before);
  if (unitRaw === '' && !isDollars(text, at) && !pair && !signed && !scored && !bracketScore && !comparedScore && !versus && !GAIN_AFTER.test(after) && !measureValue(text, mentions, at, at + m[0].length) && !scoreOnBenchmark(text, mentions, at, at + m[0].length)) return false;
  return !from || pair || range;
}

/** Who owns a value when a model is acted on: the method acting, the paper's own method (`byPaper`), or the model. */
interface Acting {
  nearest: SentenceMention | null;
  acted: SentenceMention | null;
  byPaper: boolean;
  actedOn: (x: SentenceMention) => boolean;
}

function acting(
  text: string,
  mentions: readonly SentenceMention[],
  at: number,
  start: string | undefined,
  ownName: string | null,
  canOwn: (x: SentenceMention) => boolean,
  changeFigure: () => boolean,
): Acting {
  // A model acted on ("LazyLLM accelerates the prefilling of Llama-2-7B by 2.34x") gives the value to the method
  // named before the verb in the verb's own clause, or to the paper's own method (below); "we boosted X from
  // 42.3% to 58.2%" leaves X its new score.
  const actionAt = (x: SentenceMention): number | null => {
    const leadStart = Math.max(0, x.start - 90);
    const lead = text.slice(leadStart, x.start);
    // Most leads name no action: the cheap test spares the long one.
    const action = ACTION.test(lead) ? ACTED_ON.exec(lead) : null;
    if (!action || OWN_VERB_AFTER.test(text.slice(x.end, x.end + 40))) return null;
    // "reduces the peak memory of Y to 4 GB": the figure a changed measure of Y reaches is the change's too.
    const between = text.slice(x.end, at);
    return start !== undefined || BY_FIGURE.test(between) || /^[^.;,]*\bto\s+$/u.test(between) || RESULT_PARTICIPLE.test(between) || changeFigure() ? leadStart + action.index : null;
  };
  const actedOn = (x: SentenceMention): boolean => actionAt(x) !== null;
  const closest = backboneUser(text, mentions, nearestBefore(text, mentions, at, canOwn), canOwn);
  const verb = closest ? actionAt(closest) : null;
  // "With data annotated by GPT-4o, fine-tuning improves X": a comma opening a new phrase ends the actor's reach
  // ("X makes A 50% faster, and makes B 3x faster" keeps it, as does a participle: "X, ..., boosting Y's rate").
  const participle = verb !== null && /^\p{L}+ing\b/u.test(text.slice(verb, verb + 16));
  const inClause = (x: SentenceMention): boolean => participle || !/;|,\s*(?!(?:and|or|then)\b)\p{L}/u.test(text.slice(x.end, verb!));
  const actor = verb === null ? null : nearestBefore(text, mentions, verb, (x) => canOwn(x) && !actedOn(x) && inClause(x));
  // Only a participle trailing a clause about the paper's work ("..., e.g., boosting Qwen3-4B by +6.49") speaks
  // for the paper's own method; "Prior work improved X by 1.5x", "EAGLE, which accelerates X" do not.
  const trailing = participle && /,\s*(?:(?:e\.g\.|i\.e\.|for example|for instance),?\s*)?$/u.test(text.slice(Math.max(0, verb! - 24), verb!));
  const byPaper = trailing && !actor && ownName !== null && closest!.name !== ownName && start === undefined;
  const acted = verb === null ? null : closest;
  const nearest = actor ?? (byPaper ? null : closest);
  return { nearest, acted, byPaper, actedOn };
}

// "MemGPT with GPT-4 reaches 92.5%", "PlanSearch on top of Claude 3.5 Sonnet achieves": the model after "with" is the
// backbone the method runs on; the method before it owns the value. A backbone is a model the paper does not name
// itself ("adapting Llama2 with Bonito": the paper's own Bonito is no backbone).
const BACKBONE_JOIN = /^\s+(?:with|using|on top of|powered by|atop)\s+(?:the\s+)?$/u;

function backboneUser(text: string, mentions: readonly SentenceMention[], closest: SentenceMention | null, canOwn: (x: SentenceMention) => boolean): SentenceMention | null {
  if (!closest || closest.type !== 'Model' || closest.named || closest.primary) return closest;
  const user = mentions.find((x) => x.end <= closest.start && x.name !== closest.name && canOwn(x) && BACKBONE_JOIN.test(text.slice(x.end, closest.start)));
  return user ?? closest;
}

// "(compared to 84.8% for Med-Gemini)", "0.74 versus 0.67 for DALL-E 3": the value compared with is the named model's.
// Narrower than COMPARING: in "improves accuracy by over 10% for Llama", "over" hedges the value, Llama is acted on.
// "surpassing the Wren baseline of 22.9% and 25.4%": the values a named baseline is given are that baseline's.
const NAMED_BASELINE_OF = /^\s+baselines?\s+(?:of|at)\s+(?:[\d.]+\s*%?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$/u;
const COMPARED_VALUE_BEFORE = /\b(?:[Cc]ompared (?:to|with)|vs\.?|[Vv]ersus|[Aa]gainst)\s+$/u;

function comparedValueOwner(text: string, mentions: readonly SentenceMention[], at: number, end: number): SentenceMention | undefined {
  if (!COMPARED_VALUE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return undefined;
  return mentions.find((x) => isSubject(x) && x.start >= end && /^\s*(?:for|by|of)\s+(?:the\s+)?$/u.test(text.slice(end, x.start)));
}

const VS_NEXT = /^\s*(?:%|points?)?\s*(?:vs\.?|versus)\s*[+-]?\d/u;
const VS_PREV = /\d\s*(?:%|points?)?\s*(?:vs\.?|versus)\s*[+-]?$/u;

/** The nearest system before `at` that the sentence compares its subject with ("outperforms DeepSeek R1 ... (80.3 vs. 79.8)"). */
function comparedBefore(text: string, mentions: readonly SentenceMention[], at: number): SentenceMention | undefined {
  return mentions.findLast((x) => x.end <= at && isSubject(x) && isCompared(text, x));
}

/** A model named right after the value and "for", closing its phrase ("63.91% for LLaMA2-7B, ..."). */
function modelAfter(text: string, mentions: readonly SentenceMention[], end: number): SentenceMention | undefined {
  return mentions.find((x) => x.type === 'Model' && isSubject(x) && x.start >= end && /^\s*for\s+(?:the\s+)?$/u.test(text.slice(end, x.start)) && /^\s*(?:[,.;)]|(?:and|or)\b|$)/u.test(text.slice(x.end, x.end + 6)));
}

/** Every value has a digit and most sentences have none; a title states no result. */
export const mayHoldResults = (sentence: Sentence): boolean => sentence.field !== 'title' && /\d/.test(sentence.text);

/**
 * Numeric claims of one sentence. The subject is the nearest model or named method before the value,
 * or the paper's own contribution when the sentence speaks of "we/our/it"; the benchmark and metric
 * are the nearest ones named; compared_to is what follows "compared to/than/over". Counts and shares
 * of data ("1,062 questions", "33.2% of the questions") are not results.
 */
export function findResults(
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  paperSubject: PaperSubject | null,
  paperBenchmark: string | null,
  paperBase: string | null,
): ExtractedResult[] {
  const text = sentence.text;
  const out: ExtractedResult[] = [];
  if (!mayHoldResults(sentence)) return out;
  const evidence: Evidence = { field: sentence.field, sentence: text, start: sentence.start, end: sentence.end };
  const ownName = paperSubject && paperSubject.type !== 'Benchmark' && paperSubject.type !== 'Dataset' ? paperSubject.name : null;
  for (const m of text.matchAll(VALUE)) {
    const at = m.index ?? 0;
    const parts = partsOf(m);
    if (!isClaim(text, mentions, m, parts, at)) continue;
    const { from, num, unit: unitRaw, multiplier, range } = parts;
    const value = valueOf(num, multiplier);
    if (!Number.isFinite(value)) continue;
    const v = valueAt(text, mentions, m, parts, at);
    // Written after the value, else the nearest before it ("the GLUE score to 80.5%"), else the sentence's last or the paper's.
    const benchmarkOf = (): string | null =>
      respectiveBenchmark(text, mentions, v.run) ??
      benchmarkAfter(text, mentions, at + m[0].length) ??
      nearestBefore(text, mentions, at, isBench)?.name ??
      nearestBefore(text, mentions, text.length, isBench)?.name ??
      paperBenchmark;
    // A measure written straight after the value, else the nearest before it; a claim may also take one later in its clause.
    const metricOf = (later: boolean): string | null =>
      (respectiveMetric(text, mentions, v.run) ?? metricRightAfter(text, mentions, at + m[0].length) ?? nearestBefore(text, mentions, at, isMetric) ?? (later ? metricAfter(text, mentions, at) : null))?.name ?? null;
    const end = at + m[0].length;
    // A value listed with others ("by 2.0x and 2.1x") reads as a change when the list does.
    const changed = (from: number, to: number): boolean => isChangeValue(text.slice(Math.max(0, from - 90), from), text.slice(to, to + 60));
    const change = changed(at, end) || (v.run !== null && changed(v.run.runStart, v.run.runEnd)) ? { change: true as const } : {};
    // "from 12.51% to 63.91% for LLaMA2-7B", "89.3% for LLaMA2-7B, 88.8% for LLaMA2-13B": scores written for a model are
    // that model's (a factor or a gain, "2x for Llama", "by 14.6% for Llama", is the method's on it).
    const scoredFor = !/^[x×X]$/u.test(unitRaw) && !range && !('change' in change) ? modelAfter(text, mentions, end) : undefined;
    if (scoredFor) {
      const score = { subject: scoredFor.name, benchmark: benchmarkOf(), metric: metricOf(false), unit: valueUnit(text, at, end, unitRaw), evidence, compared_to: null };
      const first = from ?? FROM_TO.exec(text.slice(0, at))?.[1];
      if (first !== undefined) out.push({ ...score, value: Number(first) });
      out.push({ ...score, value });
      continue;
    }
    // "NoThinking beats Thinking, 51.3 vs. 28.9": the score after "vs." is the compared system's, never the subject's.
    if (VS_PREV.test(text.slice(0, at))) {
      const other = comparedValueOwner(text, mentions, at, end) ?? modelAfter(text, mentions, end) ?? comparedBefore(text, mentions, at);
      if (other) out.push({ subject: other.name, benchmark: benchmarkOf(), metric: metricOf(false), unit: valueUnit(text, at, end, unitRaw), evidence, value, compared_to: null });
      continue;
    }
    const which = scoredName(v);
    if (which && !range && !from) {
      out.push({ subject: which.name, benchmark: benchmarkOf(), metric: metricOf(false), unit: valueUnit(text, at, end, unitRaw), evidence, value, compared_to: null, ...change });
      continue;
    }
    const claim = claimOf(v, ownName);
    if (!claim) continue;
    const base = {
      subject: claim.subject,
      benchmark: benchmarkOf(),
      metric: metricOf(true),
      unit: valueUnit(text, at, end, unitRaw),
      evidence,
      ...change,
    };
    out.push(...claimResults(v, claim, base, value, paperBase, ownName));
  }
  return out;
}

/** One number in a sentence and the names around it: what every reading of whose value it is needs. */
interface ValueAt {
  text: string;
  mentions: readonly SentenceMention[];
  m: RegExpMatchArray;
  parts: ValueParts;
  at: number;
  /** A name that could own the value: a subject, not a judge inside a measure's name, not in an aside, not a workload. */
  canOwn: (x: SentenceMention) => boolean;
  /** The run of listed values it stands in, read once for its subject, baseline and benchmark. */
  run: ValueRun | null;
}

function valueAt(text: string, mentions: readonly SentenceMention[], m: RegExpMatchArray, parts: ValueParts, at: number): ValueAt {
  // "With only 16 hours of training, X matches ...": a subject may follow a leading value.
  // "3x speedup on GPT-2": a model after "on"/"for" is the workload a method is measured on.
  // A judge model inside a measure's name ("a GPT-4 score of 1.29") is no subject either.
  const judge = (x: SentenceMention): boolean => mentions.some((y) => y.type === 'Metric' && y.start <= x.start && y.end >= x.end);
  const canOwn = (x: SentenceMention): boolean => {
    const lead = text.slice(Math.max(0, x.start - 40), x.start);
    // "scores 51.1 on MATH, and X scores 62.3": after ", and" a name with its own verb opens a clause.
    // "..., with Y achieving 80%": after "with", a name with its own verb is the subject of its clause.
    return isSubject(x) && !judge(x) && !closedAside(text, x, at) && (!WORKLOAD.test(lead) || (/(?:,\s*and|\bwith)\s+$/u.test(lead) && OWN_VERB_AFTER.test(text.slice(x.end, x.end + 40))));
  };
  return { text, mentions, m, parts, at, canOwn, run: valueRun(text, at, at + m[0].length) };
}

/**
 * A name the value is written as the score of: "X (76.5%)", "surpasses X (79.0% vs. 66.7%)" (the value after "vs." is
 * X's), "X (score: 53.9)", "X, which scores ...", or the owner of a compared value.
 */
function scoredName({ text, mentions, m, at, canOwn }: ValueAt): SentenceMention | undefined {
  // ("surpasses X (79.0% vs. 66.7%)": the value before "vs." is the subject's, not X's.)
  const leads = VS_NEXT.test(text.slice(at + m[0].length));
  // ("surpassing LoRA (89.1%)": a known method compared reports its own score in brackets too.)
  const bracketed = mentions.find(
    (x) =>
      x.end <= at &&
      /^\s*\((?:\s*-?[\d.]+\s*%?\s*(?:vs\.?|versus)|\s*[\p{L}@-]+\s*[:=])?\s*\+?$/u.test(text.slice(x.end, at)) &&
      (canOwn(x) || (isComparable(x) && isCompared(text, x))) &&
      !(leads && isCompared(text, x)),
  );
  return (
    bracketed ??
    mentions.find((x) => canOwn(x) && x.end <= at && (WHICH_SCORED.test(text.slice(x.end, at)) || NAMED_BASELINE_OF.test(text.slice(x.end, at)))) ??
    comparedValueOwner(text, mentions, at, at + m[0].length) ??
    undefined
  );
}

/** Whose claim the value is, what it is compared with, and where a before/after pair starts. */
interface Claim {
  subject: string;
  compared: SentenceMention | undefined;
  /** The first value of a before/after pair ("from 26.2 to 34.9"). */
  start: string | undefined;
  acted: SentenceMention | null;
}

/** The claim a value makes, or null where the sentence gives it to no one it can name (a new clause, a group, a statistic of data). */
function claimOf(v: ValueAt, ownName: string | null): Claim | null {
  const { text, mentions, m, at, canOwn } = v;
  const { from, counted, range } = v.parts;
  const before = text.slice(0, at);
  // Where a before/after pair starts ("from 26.2 to 34.9", "23.5->26.9").
  const start = from && !range ? from : FROM_TO.exec(before)?.[1];
  // "outperforming X (76.5%)": a value in parentheses right after a name is that name's score.
  const changeFigure = (): boolean => isChangeFigure(text.slice(Math.max(0, at - 60), at), text.slice(at + m[0].length, at + m[0].length + 24));
  const { nearest, acted, byPaper, actedOn } = acting(text, mentions, at, start, ownName, canOwn, changeFigure);
  // "X scores 40%, while humans reach 93%", "Evaluating X and Y, we find that all models fall below
  // 60%": a new clause with its own subject, or a group of models, owns the value, not the name before.
  const between = nearest ? text.slice(nearest.end, at) : '';
  if (nearest && (CLAUSE_BREAK.test(between) || GROUP_SUBJECT.test(between))) return null;
  const own = nearest ?? (/^[^,]*$/.test(before) ? mentions.find((x) => x.start > at && isSubject(x) && /^[^.;]*,\s*$/.test(text.slice(at, x.start))) ?? null : null);
  const benchBefore = nearestBefore(text, mentions, at, isBench);
  // "we/our model ... X ... 94%": the paper speaks of itself, X is a part or a baseline.
  const selfish = SELF_SUBJECT.test(before.slice(own ? own.end : 0)) || (own !== null && ourThingInClause(text, own.start));
  const aboutPaper = selfish || (ownName !== null && mentions.some((x) => x.name === ownName && x.start < at));
  let subject = byPaper ? ownName : own && !(selfish && ownName) ? own.name : aboutPaper ? ownName : null;
  if (!subject && OUR_THING.test(text)) subject = OUR_THING.exec(text)![0];
  // "Experiments show gains on X (+25.4%) and Y (+8.0%)": a sentence naming no one who could own a value reports the
  // paper's own method, unless a group owns it or it counts tokens, words, hours or money.
  const unowned = !subject && ownName !== null && !mentions.some(isSubject) && !GROUP_SUBJECT.test(before) && !counted && !isDollars(text, at);
  if (unowned) subject = ownName;
  subject = respectiveSubject(text, mentions, v.run, (x) => canOwn(x) && !actedOn(x) && !isCompared(text, x)) ?? subject;
  // A benchmark named as the sentence's subject with no model: a statistic of the data.
  if (!subject || (!own && benchBefore && !selfish && !unowned)) return null;
  return comparedClaim(v, { subject, compared: undefined, start, acted }, ownName);
}

/**
 * What the claim is compared with: a name after "than / compared to", or the one a margin is measured over. A subject is
 * never compared with itself: "X, outperforming Y by 16.5%" is X's (or the paper's) margin over Y.
 */
function comparedClaim({ text, mentions, at, canOwn, run }: ValueAt, claim: Claim, ownName: string | null): Claim | null {
  let { subject } = claim;
  let compared =
    respectiveCompared(text, mentions, run) ??
    mentions.find((x) => x.start >= at && isComparable(x) && COMPARED.test(text.slice(Math.max(0, x.start - 60), x.start))) ??
    // "outperforming X by 10.4 points": the margin is measured against the name just before it.
    mentions.find((x) => x.end <= at && isComparable(x) && MARGIN_OVER.test(text.slice(x.end, at)) && COMPARED.test(text.slice(Math.max(0, x.start - 60), x.start)));
  // ("Y scores 48%, and X is 2x faster than Y").
  if (compared && compared.name === subject) {
    const against = compared;
    compared = undefined;
    if (against.end <= at) {
      const other = nearestBefore(text, mentions, against.start, (x) => canOwn(x) && x.name !== against.name)?.name ?? ownName;
      if (!other) return null;
      subject = other;
      compared = against;
    }
  }
  return { ...claim, subject, compared };
}

/**
 * The results a claim reports. "Mistral-7B ... 23.5->26.9 F1", "from 55.6% to 81.6%": the first value is the baseline's,
 * the second the subject's; the baseline is the model named last before the pair ("on A and B improved B's rate from
 * ...", "a Gemma-2-it-9B model improved from 84.1% to 86.3%": the subject itself, unless it is the paper's own model,
 * whose first score was its base's), else the model the paper builds on; a model "we" raise from one score to another
 * had both.
 */
function claimResults(
  { mentions, parts, at }: ValueAt,
  claim: Claim,
  base: Omit<ExtractedResult, 'value' | 'compared_to'>,
  value: number,
  paperBase: string | null,
  ownName: string | null,
): ExtractedResult[] {
  const { subject, compared, start, acted } = claim;
  const out: ExtractedResult[] = [];
  const baseline = start
    ? (mentions.findLast((x) => x.type === 'Model' && x.end <= at && (x.name !== subject || !(x.primary || x.name === ownName)))?.name ?? (paperBase !== subject ? paperBase : null) ?? (acted?.name === subject ? subject : undefined))
    : undefined;
  // "from 22.9% to 39.4%": where the baseline started is its score, whatever the pair's change.
  const { change: _change, ...score } = base;
  if (start && baseline) out.push({ ...score, subject: baseline, value: Number(start), compared_to: null });
  if (parts.range) out.push({ ...base, value: Number(parts.from), compared_to: compared?.name ?? null });
  out.push({ ...base, value, compared_to: compared?.name ?? (baseline !== subject ? baseline : undefined) ?? null });
  return out;
}
