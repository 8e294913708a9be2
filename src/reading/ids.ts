import { createHash } from 'node:crypto';

// arXiv identifiers: new style "2407.01523" (4+4 or 4+5 digits) and old style "hep-th/9901001" or
// "math.GT/0309136"; either may carry a version suffix ("v2") that does not change the paper.
const NEW_STYLE = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]{2})?\/\d{7})(?:v(\d+))?$/;
const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/i;
const HF_PAPER_URL = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/([^/?#]+)/i;

/**
 * The arXiv id and version written in an id field or URL ("arXiv:2407.01523v2", "http://arxiv.org/abs/hep-th/9901001").
 * The one parser of both, so that a version is read wherever an id is (a second pattern missed "...v3?context=cs").
 */
function parseArxiv(value: string | undefined): { id: string; version: number | undefined } | undefined {
  if (!value) return undefined;
  let text = value.trim();
  const url = ARXIV_URL.exec(text) ?? HF_PAPER_URL.exec(text);
  if (url?.[1]) text = url[1];
  text = text.replace(/^arxiv:\s*/i, '');
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  if (!match) return undefined;
  return { id: match[1]!, version: match[2] === undefined ? undefined : Number(match[2]) };
}

/** The arXiv id written in an id field or URL ("arXiv:2407.01523v2", "http://arxiv.org/abs/hep-th/9901001"), without version. */
export function arxivIdFrom(value: string | undefined): string | undefined {
  return parseArxiv(value)?.id;
}

/**
 * The stored id a user's id names: the id itself, else its arXiv id without version, under which readers store
 * papers ("2106.09685v2" and "arXiv:2106.09685" name "2106.09685").
 */
export function storedPaperId(wanted: string, isStored: (id: string) => boolean): string | undefined {
  if (isStored(wanted)) return wanted;
  const arxivId = arxivIdFrom(wanted);
  return arxivId !== undefined && isStored(arxivId) ? arxivId : undefined;
}

/** The version an arXiv id or URL names ("2407.01523v3", "http://arxiv.org/abs/2407.01523v3" -> 3), if any. */
export function arxivVersion(value: string | undefined): number | undefined {
  return parseArxiv(value)?.version;
}

/** Lower-case, punctuation dropped, whitespace collapsed: the title as it identifies a paper. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "t-" + the first 12 hex digits of the SHA-1 of the normalised title. */
export function titleId(title: string): string {
  return `t-${createHash('sha1').update(normaliseTitle(title)).digest('hex').slice(0, 12)}`;
}

/** The arXiv id a record's id field gives, or else its URL. */
export function recordArxivId(fields: { id?: string; url?: string }): string | undefined {
  return arxivIdFrom(fields.id) ?? arxivIdFrom(fields.url);
}

/** The paper's arXiv page without a version, the same whichever version or export the paper was read from. */
export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}
