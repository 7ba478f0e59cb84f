// Where a word stands in its clause, for the address-form rewrite: whether the words before a
// finite verb make the pronoun after it the subject ("Wat brengt u mee?", "Op de website vindt
// u") or an object ("De gemeente stuurt u een brief"). Only the positions below are read as
// certain; anything else is "unsure" and the rewrite gives advice instead of a fix.
import type { Token } from '../../language/types';

export type Role = 'subject' | 'object' | 'unsure';

const QUESTION_WORDS = new Set(
  'wat waar wanneer hoe waarom welke welk hoeveel hoelang waarmee waarvoor waarover waarop waarin waarbij vanwaar'.split(
    ' ',
  ),
);
/** Adverbs that may open a main clause before the verb: the subject then follows the verb. */
const FRONT_ADVERBS = new Set(
  'dan daarna nu hier daar ook morgen vandaag gisteren vervolgens zo verder bovendien soms vaak straks eerst voortaan binnenkort daarom daarvoor daarmee daarbij hierbij hiermee hiervoor hierover daarover dus toch alleen wel misschien zeker graag jaarlijks tijdig snel altijd nog ondertussen intussen voorlopig uiteraard natuurlijk ten slotte tenslotte online thuis ter plaatse vooraf nadien achteraf opnieuw'.split(
    ' ',
  ),
);
export const PREPOSITIONS = new Set(
  'in op via bij met voor na tijdens vanaf tot aan van uit onder over door zonder sinds om per binnen buiten naast achter tussen tegen rond naar wegens dankzij volgens behalve'.split(
    ' ',
  ),
);
/** Words that open a subordinate clause: a pronoun right after them is its subject. */
export const SUBORDINATORS = new Set(
  'als wanneer indien omdat zodat of nadat voordat zodra tenzij terwijl zolang hoewel mits opdat totdat doordat aangezien vermits waar hoe'.split(
    ' ',
  ),
);
/** Words that open a main clause as its subject: a pronoun after the verb is then an object. */
const SUBJECT_STARTERS = new Set(
  'ik wij we het dit dat de een men iedereen hij zij ze die deze niemand onze ons mijn alle elke elk iemand er zich dat'.split(
    ' ',
  ),
);

/** Only spaces between two tokens (no punctuation, no line break). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** Index of the first token of the clause that holds token i (after . ! ? ; : , or a line break). */
export function clauseStart(text: string, words: readonly Token[], i: number, sentenceStart: number): number {
  let k = i;
  while (k > 0) {
    const prev = words[k - 1];
    if (prev.end <= sentenceStart) break;
    if (/[.!?;:,\n()]/.test(text.slice(prev.end, words[k].start))) break;
    k--;
  }
  return k;
}

/** The role of the pronoun right after the finite verb at index v, read from the words before v. */
export function roleAfterVerb(text: string, words: readonly Token[], v: number, sentenceStart: number): Role {
  const start = clauseStart(text, words, v, sentenceStart);
  if (start === v) return 'subject'; // "Heeft u vragen?", "…, kunt u bellen."
  const front = words.slice(start, v).map((w) => w.norm);
  const first = front[0];
  if (QUESTION_WORDS.has(first)) return front.length <= 3 ? 'subject' : 'unsure';
  if (front.every((w) => FRONT_ADVERBS.has(w))) return 'subject';
  if (PREPOSITIONS.has(first)) return front.length <= 7 ? 'subject' : 'unsure';
  if (SUBJECT_STARTERS.has(first)) return 'object';
  // A capitalised name or noun as the front: "Zilverbeek biedt u …".
  if (front.length <= 3 && /^\p{Lu}/u.test(words[start].text) && start > 0) return 'object';
  return 'unsure';
}

/** Whether token i opens its clause or follows a subordinator ("als u", "…, u kunt"). */
export function opensClause(
  text: string,
  words: readonly Token[],
  i: number,
  sentenceStart: number,
): boolean {
  const start = clauseStart(text, words, i, sentenceStart);
  if (start === i) return true;
  return start === i - 1 && SUBORDINATORS.has(words[i - 1].norm);
}

/** Whether the sentence holding [from, …) ends with a question mark. */
export function isQuestion(text: string, from: number, sentenceEnd: number): boolean {
  return /\?\s*$/.test(text.slice(from, sentenceEnd));
}
