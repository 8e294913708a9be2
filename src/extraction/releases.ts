/**
 * The words and counts that turn a model line's name into one of its releases ("Qwen9-7B-Instruct",
 * "Voxtral Mini", "mE5-large"): one vocabulary, read by every rule that recognises a release.
 */

/** Tiers that name an edition of whatever the name is, a model or a benchmark ("Qwen-VL-Max", "WebArena-Lite"). */
const EDITION_TIERS = ['Max', 'Ultra', 'Plus', 'Lite', 'Nano', 'Flash', 'Edge'];
/** Tiers of a release, capitalised after the name: "Voxtral Mini", "Gemini Pro". */
const TIERS = ['Tiny', 'Mini', 'Small', 'Medium', 'Pro', 'Turbo', ...EDITION_TIERS];
/** How a release was tuned: "-Instruct", "-Chat", "-Base". */
const TUNINGS = ['Instruct', 'Chat', 'Base'];
/** Other words of release names: modalities, lines and sizes that also follow ordinary words ("Large", "Long", "Math"). */
const LINES = ['Vision', 'VL', 'Opus', 'Sonnet', 'Haiku', 'Omni', 'Coder', 'Math', 'Large', 'XL', 'XXL', 'Preview', 'Long', 'Embedding', 'Reranker'];
/** Lower-case size words of encoder families: "bge-small", "mE5-large", "whisper-tiny". */
const SIZE_WORDS = ['tiny', 'small', 'base', 'medium', 'large', 'xl', 'xxl', 'huge', 'giant', 'mini'];

/** A parameter count: "7B", "1.5b", "400M", or a mixture's "8x7B". */
const PARAMETERS = String.raw`(?:\d+x)?\d+(?:\.\d+)?[BbMm]`;
/** A count with any unit: parameters, "128K" context, "2T" tokens. */
const COUNT = String.raw`(?:\d+x)?\d+(?:\.\d+)?[BbMmKkTt]`;
/** A mixture's total and active parameters written as one size: "30B-A3B", "235B-A22B". */
const MIXTURE_SIZE = String.raw`\d+(?:\.\d+)?[Bb]-A\d+(?:\.\d+)?[Bb]`;
const either = (words: readonly string[]): string => words.join('|');

/** A word written after a known model's name that stays part of the release's name ("Llama 3.1 8B Instruct"). */
export const MODEL_VARIANT_WORD = new RegExp(String.raw`^(?:${COUNT}|${MIXTURE_SIZE}|[vV]?\d+(?:\.\d+)*|${either([...TUNINGS, ...TIERS, ...LINES])})$`);

/** Tunings that only follow a model's name ("Dream-Instruct"), never an ordinary word the way "Base" does. */
const CHAT_TUNINGS = ['Instruct', 'Chat'];
export const CHAT_TUNING = new RegExp(`^(?:${either(CHAT_TUNINGS)})$`);

/** Release words that, after an unknown name, make a model release ("Voxtral Mini"): no word that also follows ordinary words. */
export const RELEASE_WORD = new RegExp(`^(?:${either([...TIERS, ...CHAT_TUNINGS])})$`);

/** A parameter count inside a written extension: what makes a benchmark's name a model's ("Vicuna-13B", not "LongBench-Chat"). */
export const SIZE_TAG = new RegExp(String.raw`[-\s]${PARAMETERS}\b`, 'u');

/** "MinerU2.0", "PTv2", "SD v1.5", "Flamingo80B": a version or a parameter count closing a name marks a release. */
export const VERSION_END = new RegExp(String.raw`(?:v\d+(?:\.\d+)*|\d+\.\d+|${PARAMETERS})$`, 'u');

/** "-7B", " 2.7B", "-1B-7B", "-Instruct": what a release adds to the name of its model line. */
export const RELEASE_TAIL = new RegExp(String.raw`(?:[-\s](?:${PARAMETERS}|${either(TUNINGS)}|base|small|large|it))+$`, 'u');

/** An edition tier closing a hyphened name ("Orca-Coder-Lite"): it does not change what the name is. */
export const EDITION_TIER_END = new RegExp(`-(?:${either(EDITION_TIERS)})$`, 'u');

/** A lower-case size word closing a hyphenated name ("mE5-large"). */
export const MODEL_SIZE_WORD = new RegExp(`^(?:${either(SIZE_WORDS)})$`);

/** Size letters of a model line: "Kite-L outperforms", "DiT-XL", "ViT-H". */
const SIZE_LETTERS = ['T', 'S', 'B', 'L', 'H', 'G', 'N', 'XL', 'XXL'];
/** A name closed by a size letter, with or without the patch size written after it ("DiT-XL/2", "ViT-H/14"). */
export const SIZE_LETTER_END = new RegExp(String.raw`-(?:${either(SIZE_LETTERS)})(?:\/\d{1,2})?$`, 'u');
/** The patch size after a size letter ("/2" of "DiT-XL/2"): it does not change what the name is. */
export const PATCH_SIZE_END = new RegExp(String.raw`(?<=-(?:${either(SIZE_LETTERS)}))\/\d{1,2}$`, 'u');

const BARE_COUNT = new RegExp(`^(?:${COUNT}|${MIXTURE_SIZE})$`);

/** A bare count ("7B", "128K") or a mixture's size ("8x7B", "30B-A3B"). */
export const isSize = (t: string): boolean => BARE_COUNT.test(t);
