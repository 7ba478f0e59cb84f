// Dutch text handling for ask, triage and checks.
export type { Span, Token, TokenKind } from './types';
export { normalise, foldCharacters, foldKeepLength } from './normalise';
export { tokenise, words } from './tokenise';
export { splitSentences } from './sentences';
export { matchStem, stem } from './stem';
export { isAbbreviation } from './abbreviations';
export { splitCompound } from './compounds';
export { createSpeller, editDistance, maxEdits, type Speller } from './typos';
export {
  analyse,
  createAnalyzer,
  splitWord,
  type Analysis,
  type Analyzer,
  type Correction,
  type LexiconMatch,
} from './analyse';
export * from './lexicon';
