import type { Paper } from '../reading/paper.js';
import { addAcronymCandidates, addAliasCandidates, addRepeatedLongForms } from './acronym-candidates.js';
import type { Candidate, CandidateSet, IntroSpan } from './candidate.js';
import { addBenchmarkRuns, addComponentRuns, addKindNamedRuns, addListedData, addListedTasks, addSoftwareNames } from './cued-names.js';
import { groupEntities } from './entities.js';
import { fieldText, type FieldText } from './field-text.js';
import { addIntroCandidates, introducedSpans } from './introduced.js';
import { lexiconCandidates } from './known-names.js';
import { metricCandidates } from './metric-candidates.js';
import { resolveOverlaps } from './overlaps.js';
import { claimOwnReleases, claimTitleMethods, yieldKnownTermsToOwnNames } from './own-claims.js';
import { paperResults } from './paper-results.js';
import { addPhraseCandidates, widenToLoss } from './phrase-candidates.js';
import { addShapeCandidates } from './shape-candidates.js';
import { sentencesOf } from './text.js';
import type { PaperExtraction } from './types.js';

export const EXTRACTOR_VERSION = 'papergraph-extractor/0.99.426';

export { setLexicon } from './active-lexicon.js';

/**
 * A short form that only modifies a term ("(KV) cache") is no entity of its own; nor are the words
 * that restate a known name ("position embeddings" after "RoPE").
 */
function dropBlocked(st: CandidateSet): void {
  const { candidates, blocked, generic } = st;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.source === 'shape' && generic.some((g) => g.field === c.field && c.start >= g.start && c.end <= g.end)) candidates.splice(k, 1);
    else if (c.source !== 'intro' && c.source !== 'acronym' && blocked.some((b) => b.field === c.field && (c.source === 'shape' ? b.start === c.start : c.start >= b.start && c.end <= b.end))) candidates.splice(k, 1);
  }
}

/** Candidates of one paper from every rule, before overlaps are resolved. */
function collectCandidates(fields: readonly FieldText[]): { candidates: Candidate[]; links: [string, string][]; introduced: IntroSpan[] } {
  const st: CandidateSet = { candidates: [], links: [], blocked: [], generic: [] };
  const { candidates } = st;
  for (const f of fields) candidates.push(...lexiconCandidates(f));
  for (const f of fields) addShapeCandidates(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addBenchmarkRuns(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addKindNamedRuns(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addComponentRuns(f, candidates);
  for (const f of fields) if (f.field === 'abstract') candidates.push(...metricCandidates(f, candidates));
  for (const f of fields) if (f.field === 'abstract') addListedTasks(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addListedData(f, candidates);
  for (const f of fields) addSoftwareNames(f, candidates);
  for (const f of fields) addAcronymCandidates(f, st);
  for (const f of fields) addPhraseCandidates(f, st);
  for (const f of fields) addAliasCandidates(f, st);
  addRepeatedLongForms(fields, st);
  dropBlocked(st);
  for (const f of fields) widenToLoss(f, candidates);
  const introduced = introducedSpans(fields, candidates);
  addIntroCandidates(fields, introduced, candidates);
  return { candidates, links: st.links, introduced };
}

/** Entities, roles, results and evidence of one paper, from its title and abstract only. */
export function extractPaper(paper: Paper): PaperExtraction {
  const title = paper.title ?? '';
  const abstract = paper.abstract ?? '';
  const sentences = sentencesOf(title, abstract);
  const fields = [fieldText('title', title, sentences), fieldText('abstract', abstract, sentences)];
  const { candidates, links, introduced } = collectCandidates(fields);
  const kept = resolveOverlaps(candidates, fields);
  const entities = groupEntities(kept, links, fields);
  claimOwnReleases(entities);
  claimTitleMethods(entities, title);
  yieldKnownTermsToOwnNames(entities);
  const results = paperResults(sentences, fields, kept, entities, introduced);
  return { id: paper.id, title: paper.title, entities, results };
}
