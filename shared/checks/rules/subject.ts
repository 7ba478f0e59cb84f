// What a document is about, to decide who is competent for it (agreements 36 and 48): the
// "Betreft:"/"Onderwerp:" line or the title first, the rest of the text second.
import type { EffectiveOrganisation, Person } from '../../organisation/types';
import { competentMandataries, matchingPortfolio } from '../../organisation';
import { normalise } from '../../language/normalise';
import { isContent } from '../document';
import type { CheckDocument } from '../types';
import { PORTFOLIO_WORDS } from '../data/portfolio-words';

const SUBJECT_LINE = /^\s*(?:betreft|onderwerp|object|inzake)\s*[:.-]\s*(.+)$/i;

export interface Subject {
  /** The subject line or title, when there is one. */
  line?: string;
  /** The running text (without the parts the caller excludes, such as the signature block). */
  body: string;
}

/** The subject line, else the first heading-like line (a title of a release or invitation). */
export function readSubject(doc: CheckDocument, exclude?: { start: number; end: number }): Subject {
  let line: string | undefined;
  const bodyParts: string[] = [];
  for (const p of doc.paragraphs) {
    if (!isContent(p)) continue;
    if (exclude && p.start >= exclude.start && p.end <= exclude.end) continue;
    const m = SUBJECT_LINE.exec(p.text);
    if (m && line === undefined) line = m[1];
    bodyParts.push(p.text);
  }
  if (line === undefined) {
    const title = doc.paragraphs.find(
      (p) =>
        isContent(p) &&
        p.text.trim() !== '' &&
        (/^(heading|title|kop|titel)/i.test(p.style ?? '') || p.text.length < 120),
    );
    if (title && !/^(persbericht|uitnodiging|geachte|beste)\b/i.test(title.text.trim())) line = title.text;
  }
  return { ...(line !== undefined ? { line } : {}), body: bodyParts.join('\n') };
}

export type Basis = 'subject' | 'body' | 'none';

export interface Competence {
  /** Schepenen and voorzitters competent for the subject (the burgemeester always is). */
  competent: Person[];
  /** What the judgement rests on: the subject line (clear), the body (weaker) or nothing. */
  basis: Basis;
  /** The text the competence was read from. */
  text: string;
}

const notMayor = (p: Person) => p.role !== 'burgemeester';

/**
 * Each distinct word once: portfolio matching compares every item with every word, so a long
 * text is reduced to its vocabulary first (a 200 000-word document has a few thousand).
 */
function vocabulary(text: string): string {
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))].join(' ');
}

const fold = normalise;

/**
 * Heads that take their meaning from the word before them: a "schoolomgeving" is the area
 * around a school (mobility, education), not the portfolio "omgeving" (spatial planning); a
 * "speelzone" is about play. Such a compound counts by its modifier alone.
 */
const GENERIC_HEADS = ['omgeving', 'gebied', 'zone'];

function withoutGenericHead(word: string): string {
  for (const head of GENERIC_HEADS) {
    if (word.length > head.length + 2 && word.endsWith(head))
      return word.slice(0, -head.length).replace(/s$/, '');
  }
  return word;
}

/**
 * The subject text for portfolio matching, with the usual portfolio label added for each word
 * that falls under it ("voetpad" adds "openbare werken" and "wegen").
 */
export function subjectText(text: string): string {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(withoutGenericHead);
  const joined = ` ${words.join(' ')} `;
  const labels: string[] = [];
  for (const [label, cues] of Object.entries(PORTFOLIO_WORDS)) {
    // A longer one-word cue also counts inside a compound: "openluchtzwembad", "zaalvoetbal".
    if (cues.some((cue) => joined.includes(cue.length >= 6 && !cue.includes(' ') ? cue : ` ${cue}`)))
      labels.push(label);
  }
  return [...words, ...labels].join(' ');
}

export function competenceFor(org: EffectiveOrganisation, subject: Subject): Competence {
  if (subject.line) {
    const line = subjectText(subject.line);
    const byLine = competentMandataries(org, line).filter(notMayor);
    if (byLine.length) return { competent: byLine, basis: 'subject', text: line };
  }
  const body = subjectText(vocabulary(subject.body));
  const byBody = competentMandataries(org, body).filter(notMayor);
  if (byBody.length) return { competent: byBody, basis: 'body', text: body };
  return { competent: [], basis: 'none', text: body };
}

/** Whether a portfolio written with a title ("schepen van cultuur") covers the subject text. */
export function writtenPortfolioCovers(portfolio: string, text: string): boolean {
  const pseudo: Person = { name: '', role: 'schepen', portfolio: portfolio.split(/\s*(?:,|\ben\b|&|\/)\s*/) };
  return matchingPortfolio(pseudo, text).length > 0;
}
