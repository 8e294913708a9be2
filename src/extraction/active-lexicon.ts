/**
 * The lexicon the extractor matches against: loaded once from data/lexicon, replaced by setLexicon.
 */
import { loadLexicon, type LexiconEntry } from './lexicon.js';
import { LexiconMatcher } from './matcher.js';

let sharedMatcher: LexiconMatcher | null = null;
export function matcher(): LexiconMatcher {
  sharedMatcher ??= new LexiconMatcher(loadLexicon());
  return sharedMatcher;
}

/** Use another lexicon (tests, other domains); the default is data/lexicon of this checkout. */
export function setLexicon(entries: readonly LexiconEntry[]): void {
  sharedMatcher = new LexiconMatcher(entries);
}
