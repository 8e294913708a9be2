import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { extractFiles } from '../extracted.js';
import { inputFiles } from '../input.js';
import type { ExtractedPaper } from '../../extraction/types.js';
import { entityKey } from '../../extraction/normalise.js';
import { storedPaperId } from '../../reading/ids.js';
import type { RelatedHit } from '../../related/index.js';
import { RelatedIndex } from '../../related/index.js';

const help = `Usage:
  papergraph related <paper id | "title"> [--top K] [--json] [FILE...]
  papergraph related "title" --abstract "text" [--top K] [--json] [FILE...]
  papergraph related --all [--top K] [--json] [FILE...]

Ranks the papers most worth reading next after a paper, from text similarity of titles and
abstracts (shared words and latent topics), shared entities (weighted by rarity and by both
papers' roles) and model families, and says why ("both evaluate on LongBench").

The paper is found by id (an arXiv id with or without its version: 2106.09685v2 is
2106.09685), by exact title, or by a unique part of its title. With --abstract
the title and abstract describe a new paper that is not in the files; it is extracted on
the fly.

Options:
  --top K          how many related papers (default 10)
  --json           JSON on stdout; with --all an array [{"title", "related": [{"title",
                   "score", "why"}]}], best first
  --all            related papers for every paper in the files
  --abstract TEXT  the abstract of a new paper whose title is the argument
  -h, --help       this text

What it reads: only the FILE arguments (paper lists: trending-page text, JSON, JSON Lines,
arXiv Atom XML), default the bundled sample data/hf-trending-long-context.txt, extracted
afresh on every run. It never reads Neo4j: NEO4J_URI is ignored, and a paper loaded with
papergraph load is ranked only if it is in the files. For related papers over what Neo4j
holds, run NEO4J_URI=... papergraph serve and use GET /api/related/<id>.

Problems reading files are reported on stderr, and the exit code is 1 when a paper was left out.`;

export interface RelatedList {
  paperId: string;
  title: string;
  related: Pick<RelatedHit, 'paperId' | 'title' | 'score' | 'why'>[];
}

/** `related --all`: every paper's related papers, in corpus order, each with its id (titles need not be unique). */
export function relatedForAll(papers: ExtractedPaper[], index: RelatedIndex, top: number): RelatedList[] {
  return papers.map(({ paper }) => ({
    paperId: paper.id,
    title: paper.title,
    related: index.related(paper.id, top).map(({ paperId, title, score, why }) => ({ paperId, title, score, why })),
  }));
}

/** The paper a user names: an id, an exact title, or a unique part of a title. */
function findPaper(papers: ExtractedPaper[], wanted: string): ExtractedPaper {
  const id = storedPaperId(wanted, (given) => papers.some((p) => p.paper.id === given));
  const byId = id === undefined ? undefined : papers.find((p) => p.paper.id === id);
  if (byId) return byId;
  const key = entityKey(wanted);
  const exact = papers.filter((p) => entityKey(p.paper.title) === key);
  if (exact.length === 1) return exact[0]!;
  // "TabBench" names "TabBench: Tables at Scale" rather than "MMTabBench: …".
  const named = papers.filter((p) => entityKey(p.paper.title.split(':')[0]!) === key);
  if (named.length === 1) return named[0]!;
  const partial = papers.filter((p) => entityKey(p.paper.title).includes(key));
  if (partial.length === 1) return partial[0]!;
  if (partial.length === 0) throw new UsageError(`no paper with id or title "${wanted}" (pass --abstract to rank a new paper)`);
  const names = partial.slice(0, 5).map((p) => `  ${p.paper.id}  ${p.paper.title}`);
  throw new UsageError(`"${wanted}" matches ${partial.length} papers; give an id or more of the title:\n${names.join('\n')}`);
}

function printHits(title: string, hits: RelatedHit[]): void {
  console.log(`Related to: ${title}`);
  hits.forEach((hit, i) => {
    console.log(`${String(i + 1).padStart(3)}. ${hit.title}  (${hit.paperId}, score ${hit.score.toFixed(3)})`);
    for (const why of hit.why) console.log(`       - ${why}`);
  });
}

export const related: Command = {
  help,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('related', argv, {
      top: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      abstract: { type: 'string' },
    });
    const top = Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, not "${values.top}"`);
    const wanted = values.all ? undefined : positionals[0];
    if (!values.all && !wanted && values.abstract !== undefined) throw new UsageError('related: --abstract needs the new paper\'s title first: papergraph related "My title" --abstract "..."');
    if (!values.all && !wanted) throw new UsageError('name a paper (id or title), or pass --all; see papergraph related --help');
    const files = values.all ? positionals : positionals.slice(1);
    const { papers, incomplete } = await extractFiles(inputFiles(files));
    const index = RelatedIndex.build(papers);
    const exitCode = incomplete ? 1 : 0;
    if (values.all) {
      if (values.json) console.log(JSON.stringify(relatedForAll(papers, index, top), null, 1));
      else for (const { paper } of papers) printHits(paper.title, index.related(paper.id, top));
      return exitCode;
    }
    const title = wanted!;
    let hits: RelatedHit[];
    let queryTitle: string;
    if (values.abstract !== undefined) {
      hits = index.relatedToText(title, values.abstract, top);
      queryTitle = title;
    } else {
      const found = findPaper(papers, title);
      hits = index.related(found.paper.id, top);
      queryTitle = found.paper.title;
    }
    if (values.json) console.log(JSON.stringify({ title: queryTitle, related: hits }, null, 1));
    else printHits(queryTitle, hits);
    return exitCode;
  },
};
