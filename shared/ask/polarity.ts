// The polarity a reply opens with (CONTRACT §2 verdicts): "Ja", "Nee", "Ja, onder voorwaarden" or
// information without a yes or no. What the selective-accuracy figures and the polarity test count.
// An obligation opens with "Ja, dat moet." only when the question asks whether one must; asked who
// or how, the rule is stated ("Zo is het afgesproken:"), which is information (reply.ts).
import type { Modality } from '../catalogue/types';
import type { QuestionKind } from './types';

export type Polarity = 'ja' | 'nee' | 'ja-mits' | 'info';

export function polarity(verdict: Modality, kind: QuestionKind): Polarity {
  switch (verdict) {
    case 'mag':
      return 'ja';
    case 'moet':
      return kind === 'obligation' ? 'ja' : 'info';
    case 'mag-niet':
      return 'nee';
    case 'mag-mits':
      return 'ja-mits';
    case 'info':
      return 'info';
  }
}
