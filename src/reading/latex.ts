/**
 * arXiv exports (the API's Atom, the metadata snapshot) give abstracts as their authors typed them,
 * in LaTeX: "a $2.4\times$ speedup", "30\% less memory", "\textsc{KiteAttn}". Trending pages show
 * the same text rendered. Reading the source as rendered text lets one extractor read both, and
 * shows people what they would see on the page.
 */

// "\log", "\max": operator names, written as the word.
const OPERATORS = ['log', 'ln', 'lg', 'exp', 'max', 'min', 'argmax', 'argmin', 'sin', 'cos', 'tan', 'tanh', 'lim', 'sup', 'inf', 'arg', 'det', 'dim', 'Pr'];
const OPERATOR_NAMES = new Set(OPERATORS);

// ASCII or Latin-1 where the plain text has a way to write it ("->", "<=", "..."): a character beyond Latin-1 makes
// V8 hold the whole abstract as two-byte text, which the extractor's Unicode-class scans read about 1.45x slower.
// Greek letters, "ℓ" and "∞" stay themselves: they are parts of names ("μ-Bench", "∞Bench", "ℓ_2").
const SYMBOLS = new Map(Object.entries({
  times: '×', sim: '~', approx: '~', simeq: '~', leq: '<=', le: '<=', geq: '>=', ge: '>=', neq: '!=', ll: '<<', gg: '>>', pm: '±',
  cdot: '·', to: '->', rightarrow: '->', leftarrow: '<-', Rightarrow: '=>', uparrow: '↑', downarrow: '↓', infty: '∞', circ: '°',
  ldots: '...', dots: '...', cdots: '...', propto: '∝', in: '∈', mid: '|', star: '*', ast: '*',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ', iota: 'ι',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π',
  Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', sum: 'Σ', prod: 'Π', partial: '∂', nabla: '∇', ell: 'ℓ',
  ...Object.fromEntries(OPERATORS.map((f) => [f, f])),
}));
// "\frac{a}{b}", "\sqrt{d}": the two forms of a formula that read as text once written inline.
const FRACTION = /\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g;
const ROOT = /\\sqrt\s*\{([^{}]*)\}/g;

// Commands that only style their argument: the argument is the text.
const STYLE = String.raw`\\(?:text(?:bf|it|tt|sc|rm|sf|up|normal)?|emph|math(?:rm|bf|it|sf|tt|cal|bb|frak)|boldsymbol|operatorname|mbox|url)\s*\{([^{}]*)\}`;
const STYLE_COMMAND = new RegExp(STYLE, 'g');
// "{\bf X}", "{\em X}": the old switch forms.
const STYLE_SWITCH = /\{\\(?:bf|it|em|tt|sc|rm|sf)\s+([^{}]*)\}/g;
const HREF = /\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}/g;
const ESCAPED = /\\([%&_#$])/g;
const SYMBOL = /\\([A-Za-z]+)(?![A-Za-z])/g;
// "\," "\;" "\!" "\ " "\quad", in math or in text ("32\,000"): spacing, not text.
const MATH_SPACING = /\\[,;:! ]|\\quad|\\qquad/g;
// "Fig.~1", "et~al.", "7B~parameters": a tie, the space a line may not break at, after a word or before one. A "~"
// between numbers is a range and stays ("2k~4k", "15x~50x", "3~4 times"), as does "~40%". The "~" comes first, so
// that the look back runs at a "~" only: at every position it made a long run of letters take quadratic time.
const TIE = /~(?:(?<=(?:^|[^\p{L}\p{N}])\p{L}+\.?~)(?=[\p{L}\p{N}])|(?<=\p{N}\p{L}*~)(?=\p{L}))/gu;
// Inline math: "$...$" opening and closing on a non-space, so that prices ("from $0.39 to $0.22") stay text.
const INLINE_MATH = /(?<!\\)\$(?!\s)([^$]{1,120}?)(?<![\s\\])\$/g;
// "{\mu}-Bench": a symbol braced to keep it apart from the word it starts.
const SYMBOL_GROUP = /\{([^\p{ASCII}])\}/gu;
// A formula has a command, a script or a brace, or is one short run without spaces ("$k$", "$n=8$"): "US$5 vs US$1"
// is two prices.
const MATH_LIKE = /[\\^_{}]|^[\p{L}\p{N}.,:;+\-*/=<>()|']{1,40}$/u;

// Accents on a letter ("R\\'e", "G\\"{u}ell", "\\c{c}", "\\'{\\i}"), as the combining mark that composes with it.
const ACCENT = /\\(?:(['"`^~=.])\s*|([cvHuk])(?=\s*\{))(?:\{(\\i|[A-Za-z])\}|(\\i(?![A-Za-z])|[A-Za-z]))/g;
const ACCENT_MARKS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030C', H: '\u030B', u: '\u0306', k: '\u0328',
};

const accented = (text: string): string =>
  text.replace(ACCENT, (_whole, sign: string | undefined, letterCommand: string | undefined, braced: string | undefined, bare: string | undefined) => {
    const base = braced ?? bare ?? '';
    return `${base === '\\i' ? 'i' : base}${ACCENT_MARKS[sign ?? letterCommand ?? '']}`.normalize('NFC');
  });

// An operator name right after a letter or digit keeps the space LaTeX puts before it: "O(n\log n)" is "O(n log n)".
const symbols = (text: string): string => text.replace(SYMBOL, (whole, name: string, offset: number) => {
  const symbol = SYMBOLS.get(name);
  if (symbol === undefined) return whole;
  return OPERATOR_NAMES.has(name) && /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') ? ` ${symbol}` : symbol;
});

// Twice: a style inside a style ("\textbf{\emph{X}}") opens only once the inner one is read.
const styled = (text: string): string =>
  text.replace(HREF, '$1').replace(STYLE_COMMAND, '$1').replace(STYLE_COMMAND, '$1').replace(STYLE_SWITCH, '$1');

/** One inline formula as text: "O(n^{2})" -> "O(n^2)", "{\sim}" -> "~". */
function mathText(formula: string): string {
  const written = styled(formula).replace(ROOT, '√$1').replace(FRACTION, '$1/$2').replace(MATH_SPACING, ' ');
  return symbols(written).replace(/[{}]/g, '').replace(/\^\s*°/g, '°').replace(/\s+/g, ' ').trim();
}

/** Text with its LaTeX markup read as the page would show it; text without markup (or ties) is returned as it is. */
export function plainFromLatex(text: string): string {
  const untied = text.replace(TIE, ' ');
  if (!untied.includes('\\') && !untied.includes('$') && !untied.includes('``')) return untied;
  const withoutMath = accented(untied).replace(INLINE_MATH, (whole, formula: string) => (MATH_LIKE.test(formula) ? mathText(formula) : whole));
  return symbols(styled(withoutMath).replace(ESCAPED, '$1').replace(MATH_SPACING, ' '))
    .replace(SYMBOL_GROUP, '$1')
    .replace(/``|''/g, '"')
    .replace(/-{2,3}/g, '-');
}
