/**
 * How a number reads as the figure of a claim ("50% faster", "2.5 times as fast", "3x") rather than part of
 * a name or a count. Shared by name extents ("ChatGLM2 50% faster" names ChatGLM2) and result subjects.
 */

const COMPARATIVE = String.raw`(?:faster|slower|smaller|larger|cheaper|lower|higher|shorter|longer|more|less|fewer|as\s+\w+|speed-?ups?)`;

// "50% faster", "3x", "2.5 times faster", "2.5 times as fast", "3 Times Faster" (titles), "2X".
const FIGURE_AFTER = new RegExp(String.raw`^\s?(?:%|[x×](?![\p{L}\p{N}])|percent\b|times\s+${COMPARATIVE}\b)`, 'iu');

// "... 40% faster", "1.8x faster than": a comparative after the figure.
const COMPARATIVE_AFTER = new RegExp(String.raw`^\s?(?:%|[x×](?![\p{L}\p{N}])|percent\b|times\b)?\s*${COMPARATIVE}\b`, 'iu');

/** The hedges a margin may carry after "by": "by up to 4x", "by only 1.2x", "by an average of 3 points". */
export const MARGIN_HEDGE = String.raw`(?:(?:up\s+to|over|about|around|nearly|almost|roughly|approximately|more\s+than|only|at\s+most|an\s+average\s+of)\s+)?`;

// "faster by 40%", "reduces memory by 30%", "improves accuracy by up to 5%": a change by the figure.
const CHANGED_BY = new RegExp(String.raw`\b(?:${COMPARATIVE}|reduc\w*|cut\w*|improv\w*|increas\w*|decreas\w*|lower\w*|boost\w*|accelerat\w*|speed\w*\s+up)\b[^.;]{0,30}\bby\s+${MARGIN_HEDGE}$`, 'iu');

/** A number followed by `after` is a figure ("50% faster"), not part of a name written before it. */
export const isFigureAfter = (after: string): boolean => FIGURE_AFTER.test(after);

/** A number between `before` and `after` states how much something changes ("40% faster", "reduces memory by 30%"). */
export const isChangeFigure = (before: string, after: string): boolean => COMPARATIVE_AFTER.test(after) || CHANGED_BY.test(before);

// The nouns of a change, before the figure ("an improvement of 68.9%") or after it ("a 13.2% decrease").
const CHANGE_NOUN = String.raw`(?:improvement|gain|increase|boost|reduction|decrease|drop|speed-?up)`;
// "(7.7% point absolute improvement)", "a 2.4x speedup", "a 90% memory saving", "2% worse": a change named after the figure.
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:${CHANGE_NOUN}|saving|loss|degradation|better|worse)s?\b`, 'iu');
// "by 3.2 points", "by an absolute 15.9%", "an average improvement of 68.9%", "a speedup of 8.79x": a margin or gain
// named before the figure.
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:\bby\s+${MARGIN_HEDGE}(?:an?\s+(?:absolute|relative)\s+)?|\b${CHANGE_NOUN}s?\s+(?:of\s+)?${MARGIN_HEDGE})$`,
  'iu',
);

/**
 * A result's value (between `before` and `after`) is a change against something else, a margin, a gain or a reduction
 * ("+6.8%", "by 3.2 points", "40% faster", "a 13.2% decrease"), not a score of its own to rank on a leaderboard.
 */
export const isChangeValue = (before: string, after: string): boolean =>
  isChangeFigure(before, after) || CHANGE_NOUN_AFTER.test(after) || CHANGE_BEFORE.test(before) || /\+$/u.test(before);
