// The question back when the agreement is clear but its answer is not (issue 13, a yes/no clarify
// within one agreement): the agreement gives this asker different answers in different situations
// (54: an interview after consent, or without; 30: decided policy, or not yet decided), and the
// question does not say which one it is. Each situation becomes a button; one click answers it.
import { OBJECTS } from '../catalogue/vocabulary';
import type { Statement } from '../catalogue/types';
import type { EffectiveAgreement } from '../organisation/types';
import { actorFit } from './actors';
import type { ReadQuestion } from './interpret';
import { polarity, type Polarity } from './polarity';
import { MAX_LABEL_LENGTH } from './situations';
import type { Choice, Clarification } from './types';
import { decideVerdict } from './verdict';
import { bestStatement, statementFit } from './rank';

const MAX_CHOICES = 3;
/** A situation is offered when the question fits its statement at least this share of the best fit. */
const CLOSE_FIT = 0.75;

/**
 * One situation per different answer the agreement gives this asker (the best fitting statement
 * for each), when there are at least two; otherwise none.
 */
export function verdictChoices(agreement: EffectiveAgreement, read: ReadQuestion): Choice[] {
  const i = read.interpretation;
  // The question itself decides (a sufficiency question, a condition it breaks or leaves out), or
  // the reply names the exception next to the rule (72): both situations are answered already.
  const reading = decideVerdict(agreement.statements, bestStatement(agreement.statements, i)?.statement, i);
  if (reading.exception?.length || reading.unmet || reading.alsoNeeded?.length) return [];
  const byPolarity = new Map<Polarity, { statement: Statement; index: number; fit: number }>();
  agreement.statements.forEach((s, index) => {
    if (actorFit(i.actor, s.actor) < 0.5) return;
    const p = polarity(decideVerdict(agreement.statements, s, i, { chosen: true }).verdict, i.kind);
    if (p === 'info') return;
    const fit = statementFit(s, i);
    const held = byPolarity.get(p);
    if (!held || fit > held.fit) byPolarity.set(p, { statement: s, index, fit });
  });
  if (byPolarity.size < 2) return [];
  const sorted = [...byPolarity.values()].sort((x, y) => y.fit - x.fit || x.index - y.index);
  // Only situations the question fits about as well as the best: when it clearly fits one
  // ("een voorwoord in het infoblad", 32), that one answers and there is nothing to ask.
  const picked = sorted.filter((p) => p.fit >= sorted[0].fit * CLOSE_FIT).slice(0, MAX_CHOICES);
  if (picked.length < 2) return [];
  const labels = picked.map((p) =>
    statementLabel(
      p.statement,
      picked.filter((q) => q !== p).map((q) => q.statement),
    ),
  );
  // Two situations that read the same to the asker are no choice, and a label cut short names none.
  if (labels.some((l) => !l) || new Set(labels).size < labels.length) return [];
  return picked.map((p, k) => ({ label: labels[k], agreement: agreement.number, statement: p.index }));
}

/** "Welke situatie past bij je vraag?" with the situations, for a clarify within one agreement. */
export function verdictClarification(choices: Choice[]): Clarification {
  return { question: 'Het antwoord hangt af van de situatie. Welke past bij je vraag?', choices };
}

/**
 * A statement's situation in a few plain words, by what sets it apart from the other choices:
 * its objects ("niet-beslist beleid"), else, for the same act, its first condition ("na overleg
 * met de bevoegde mandataris"). Empty when nothing sets it apart in words that fit on a button
 * whole: a situation cut short is no situation to pick.
 */
export function statementLabel(s: Statement, others: readonly Statement[]): string {
  const own = s.objects.filter((o) => !others.every((x) => x.objects.includes(o)));
  let text = '';
  if (own.length) text = objectList(own);
  else if (s.conditions?.length && others.every((x) => x.action === s.action)) text = s.conditions[0];
  text = text.charAt(0).toLowerCase() + text.slice(1);
  return text.length <= MAX_LABEL_LENGTH ? text : '';
}

function objectList(ids: readonly string[]): string {
  const labels = ids.map((o) => (OBJECTS as Record<string, { label: string } | undefined>)[o]?.label ?? o);
  if (labels.length === 1) return labels[0];
  return `${labels.slice(0, -1).join(', ')} of ${labels[labels.length - 1]}`;
}
