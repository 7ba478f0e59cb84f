// Subject words in a press situation -> the portfolio terms (bevoegdheden) they belong to, so the
// competent schepen and diensthoofd can be found in the organisation file (agreements 50, 51, 52,
// 54 name them). The table is the language lexicon's, shared with the checker.
import { portfoliosOfWords, SUBJECT_PORTFOLIOS } from '../language/lexicon/portfolios';

export { SUBJECT_PORTFOLIOS };

/** Portfolio terms for the prepared description's words. */
export const subjectTerms = portfoliosOfWords;
