// Building what ask needs for an organisation (the analyzer, the agreement index, the example
// questions' vectors) takes a few hundred milliseconds once; a server does it before it listens,
// so the first colleague who asks doesn't wait for it.
import type { EffectiveOrganisation } from '../organisation/types';
import { agreementIndex } from './agreement-index';
import { allExamples } from '../catalogue/examples';
import { exampleSimilarity } from './example-index';
import { readQuestion } from './interpret';

export function prepareAsk(org: EffectiveOrganisation): void {
  agreementIndex(org);
  exampleSimilarity(readQuestion('mag ik een persbericht sturen?', org), org, allExamples());
}
