// Words that carry no subject: question words, pronouns, fillers and the permission, obligation and
// who cues. "Mag ik?" or "kan dat?" say nothing else, so as a whole message they get a question back
// (ask.ts), and as the asking sentence after a situation they point back at it (scope-features.ts).
import { OBLIGATION_CUES, PERMISSION_CUES, STOPWORDS, WHO_CUES } from '../language';

const FILLERS = new Set(
  'ik wij we je jij u men het ok oke okee da dat dit zo nu eigenlijk even wel ook nog iets dan toch hier daar'.split(
    ' ',
  ),
);

/** Whether a normalised word says nothing about what is asked. */
export function isEmptyWord(w: string): boolean {
  return (
    STOPWORDS.has(w) || FILLERS.has(w) || PERMISSION_CUES.has(w) || OBLIGATION_CUES.has(w) || WHO_CUES.has(w)
  );
}

/** A few words (at most six), none of which says what is asked about. */
export function saysNothing(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= 6 && words.every(isEmptyWord);
}
