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
