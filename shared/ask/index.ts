// Who may do what: Dutch questions answered from the organisation's effective agreements.
export type { Answer, AskMode, AskResult, Choice, Interpretation, QuestionKind } from './types';
export { ask, OUT_OF_SCOPE_BELOW, type AskOptions } from './ask';
export { searchAgreements, searchClarification } from './search';
export { interpretQuestion } from './interpret';
export { involvedPeople, type InvolvedPerson } from './people';
export { baselineSearch, BASELINE_OUT_OF_SCOPE_BELOW } from './baseline';
export { prepareAsk } from './prepare';
export { agreementExamples } from './example-index';
