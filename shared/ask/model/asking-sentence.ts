// The sentence of a message that asks (issue 13: real staff tell the situation first and ask last):
// the last sentence with a question mark, else the last sentence. The scope model weighs what that
// sentence names apart from the situation around it: "De lift is stuk. Wie belt de firma?" asks
// about a repair, whatever the situation borrowed from the agreements' words.
import { splitSentences } from '../../language';

/** The asking sentence, or undefined for a message of one sentence (then the whole message asks). */
export function askingSentence(text: string): string | undefined {
  const spans = splitSentences(text);
  if (spans.length < 2) return undefined;
  const texts = spans.map((s) => text.slice(s.start, s.end));
  return [...texts].reverse().find((t) => t.includes('?')) ?? texts[texts.length - 1];
}
