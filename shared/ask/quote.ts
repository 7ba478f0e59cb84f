// The part of an agreement that decides the answer: the reply quotes one sentence or one bullet,
// not six bullets; the whole text stays available (AnswerParts.fullText, "Toon de hele afspraak").
// An agreement with a list of points (30, 32, 34, 37, 48, 59, 85, 86) is quoted as its lead with the
// one point the question is about; a text of several sentences as the sentence that decides.
import type { Modality, Statement } from '../catalogue/types';
import { NEGATION_CUES, splitSentences, tokenise } from '../language';
import type { EffectiveAgreement } from '../organisation/types';
import { askAnalyzer } from './analyzer';

export interface Quote {
  text: string;
  /** Whether the quote leaves part of the agreement out. */
  partial: boolean;
}

export function quoteAgreement(
  agreement: EffectiveAgreement,
  question: string,
  statement?: Statement,
  verdict?: Modality,
): Quote {
  const points = agreement.points;
  // A chosen variant has its own text without points; an organisation rewording keeps its own.
  if (agreement.variant === null && points.length) {
    const k = bestPoint(agreement, question);
    if (k === undefined) return { text: agreement.lead.trim(), partial: true };
    const lines = [agreement.lead.trim(), `• ${pointText(agreement, k)}`];
    if (points.length > 1)
      lines.push(
        `(en nog ${points.length - 1} ${points.length === 2 ? 'punt' : 'punten'}: zie de volledige afspraak)`,
      );
    return { text: lines.join('\n'), partial: points.length > 1 || !!agreement.tail };
  }
  const sentence = decidingSentence(agreement.text, question, statement, verdict === 'mag-niet');
  return sentence ? { text: sentence, partial: true } : { text: agreement.text, partial: false };
}

/** What a forbidding sentence weighs beyond the words it shares. */
const NEGATION_BONUS = 3;

function negates(sentence: string): boolean {
  return tokenise(sentence).some((t) => t.kind === 'word' && NEGATION_CUES.has(t.norm));
}

function pointText(a: EffectiveAgreement, k: number): string {
  const p = a.points[k];
  return p.title ? `${p.title}: ${p.text}` : p.text;
}

/** Stems and lexicon concepts of a text, as one set. */
function content(text: string): Set<string> {
  const a = askAnalyzer().analyse(text);
  return new Set([...a.stems, ...a.matches.map((m) => `${m.kind}:${m.id}`)]);
}

// The agreements' sentences, points and summaries are a fixed set of texts: read each once.
const partCache = new Map<string, Set<string>>();
function partContent(text: string): Set<string> {
  let c = partCache.get(text);
  if (!c) partCache.set(text, (c = content(text)));
  return c;
}

/** The point sharing the most with the question beyond what the lead already says; none when no point does. */
function bestPoint(a: EffectiveAgreement, question: string): number | undefined {
  const q = content(question);
  const lead = partContent(a.lead);
  let best: number | undefined;
  let bestScore = 0;
  a.points.forEach((_, k) => {
    let score = 0;
    // A word the lead already has (mandataris, kanaal) tells the points apart no better than the lead.
    for (const c of partContent(pointText(a, k))) if (q.has(c) && !lead.has(c)) score++;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

/**
 * The sentence of a text of several sentences that shares the most with the question and with the
 * statement the verdict rests on; undefined for a text of one sentence (quoted whole).
 */
function decidingSentence(
  text: string,
  question: string,
  statement: Statement | undefined,
  forbids: boolean,
): string | undefined {
  const spans = splitSentences(text);
  if (spans.length < 2) return undefined;
  const q = content(question);
  const s = statement ? partContent(statement.summary) : new Set<string>();
  let best: string | undefined;
  let bestScore = -1;
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end).trim();
    let score = 0;
    for (const c of partContent(sentence)) score += (q.has(c) ? 1 : 0) + (s.has(c) ? 1 : 0);
    // A "Nee" rests on the sentence that forbids ("In geen geval mogen andere diensten …", 45),
    // not on the one that says who does it.
    if (forbids && negates(sentence)) score += NEGATION_BONUS;
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  }
  return best;
}
