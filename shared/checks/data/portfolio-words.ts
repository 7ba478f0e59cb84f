// Words that fall under a usual Flemish portfolio label without naming it, so that a letter about
// "het verzakte voetpad" is seen as one for the schepen of openbare werken (agreement 36) and a
// release about "het zwembad" as one for the schepen of sport (48). Keys are portfolio labels as
// organisation files write them; a key the file does not use does nothing. Words are matched from
// the start of a word ("voetpad" covers "voetpaden"), folded, in lower case. The table is the
// language lexicon's subject-to-portfolio table, shared with triage.
import { documentPortfolioWords } from '../../language/lexicon/portfolios';

export const PORTFOLIO_WORDS: Readonly<Record<string, readonly string[]>> = documentPortfolioWords();
