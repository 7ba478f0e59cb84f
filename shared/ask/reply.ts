// The reply exactly as the bot writes it (plain text): the verdict first in plain words, then who
// to involve with names from the organisation file, then the agreement quoted with its number.
import type { Role, Statement } from '../catalogue/types';
import { describeRole, serviceContact } from '../organisation/people';
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import type { Verdict } from './verdict';
import { quoteAgreement } from './quote';
import type { AnswerParts, Clarification, QuestionKind } from './types';

export interface ReplyInput {
  verdict: Verdict;
  kind: QuestionKind;
  agreement: EffectiveAgreement;
  who: string[];
  question: string;
  /** Next best agreements, named at the end ("Zie ook afspraak 44 en 50."). */
  alsoSee: number[];
  /** An either/or question: no yes or no, the rule for each case instead. */
  choice?: boolean;
}

/** The answer as data: verdict line, explanation, whom to involve, the deciding quote. */
export function composeAnswer(input: ReplyInput, org: EffectiveOrganisation): AnswerParts {
  const { verdict: v, agreement, kind } = input;
  const s = v.statement;
  const explanation: string[] = [];
  // "Wat moet ik zeggen?", "wat moet die doen?": asked openly, so no "ja" before the rule.
  const openObligation = kind === 'obligation' && OPEN_QUESTION.test(input.question);
  const verdictLine = input.choice ? '' : verdictLine_(v, openObligation ? 'how' : kind, org);
  if (s && input.choice) {
    // Each case the agreement distinguishes (22: je-vorm here, u-vorm there), the best one first.
    const cases = [s, ...agreement.statements.filter((x) => x !== s && x.action === s.action)];
    for (const c of cases.slice(0, 3)) explanation.push(sentence(c.summary));
  } else if (s && filledDoer(agreement, s, org)) {
    // 13 (variant): "een andere dienst, door de organisatie aangeduid" is a blank the organisation
    // filled in ("de dienst Burgerzaken"); its own sentence names the service, the summary cannot.
    explanation.push(sentence(agreement.lead));
  } else if (s) explanation.push(sentence(s.summary));
  if (v.exception?.length) explanation.push(`Uitzondering: ${v.exception.join('; ')}.`);
  else if (v.unmet?.length) explanation.push(`Dat mag enkel zo: ${v.unmet.join('; ')}.`);
  else if (s && !input.choice && v.verdict !== 'mag-mits' && s.conditions?.length)
    explanation.push(`${v.verdict === 'mag-niet' ? 'Dat geldt' : 'Voorwaarde'}: ${s.conditions.join('; ')}.`);
  const filledIn = s ? filledDoer(agreement, s, org) : undefined;
  const involve = input.who.map((r) => ({
    role: r,
    label:
      r === 'dienst' && filledIn
        ? filledIn
        : describeRole(r as Role, org, { withContact: true, subject: input.question }),
  }));
  const quote = quoteAgreement(agreement, input.question, s, v.verdict);
  return {
    verdict: v.verdict,
    verdictLine,
    explanation,
    involveIntro: v.verdict === 'mag-niet' ? 'Neem contact op met' : 'Betrek',
    involve,
    agreement: agreement.number,
    ...(agreement.variantLabel ? { variantLabel: agreement.variantLabel } : {}),
    section: agreement.section,
    // The lead already stands above in full: the number and variant alone then say where it is from.
    quote: filledIn && quote.text.trim() === agreement.lead.trim() ? '' : quote.text,
    fullText: agreement.text,
    quoteIsPart: quote.partial,
    alsoSee: input.alsoSee,
  };
}

/** The reply as plain text (CLI, `ask --json` reply, the card's fallback text). */
export function renderReply(p: AnswerParts): string {
  const lines: string[] = [];
  if (p.verdictLine) lines.push(p.verdictLine);
  lines.push(...p.explanation);
  if (p.involve.length) lines.push(`${p.involveIntro} ${joinDutch(p.involve.map((x) => x.label))}.`);
  const variant = p.variantLabel ? ` (${p.variantLabel.toLowerCase()})` : '';
  lines.push(
    p.quote ? `Afspraak ${p.agreement}${variant}: ${p.quote}` : `Afspraak ${p.agreement}${variant}.`,
  );
  if (p.alsoSee.length) lines.push(`Zie ook afspraak ${joinDutch(p.alsoSee.map(String))}.`);
  return lines.join('\n');
}

export function buildReply(input: ReplyInput, org: EffectiveOrganisation): string {
  return renderReply(composeAnswer(input, org));
}

/** The question back, as text: the question, then each situation with its agreement. */
export function renderClarification(c: Clarification): string {
  // Situations within one agreement (a yes/no clarify) name it once, not after every situation.
  const one = c.choices.length > 1 && c.choices.every((x) => x.agreement === c.choices[0].agreement);
  return [
    one ? `${c.question} (afspraak ${c.choices[0].agreement})` : c.question,
    ...c.choices.map((x) => (one ? `- ${x.label}` : `- ${x.label} (afspraak ${x.agreement})`)),
    'Kies een situatie, of stel je vraag opnieuw met wat meer uitleg.',
  ].join('\n');
}

/**
 * The best match is an agreement the organisation left out of its note (DESIGN.md, Ask §4): no
 * answer from a neighbouring agreement, but that the note says nothing about it and whom to ask.
 */
export function omittedReply(label: string, org: EffectiveOrganisation): string {
  const contact = describeRole('communicatiedienst', org, { withContact: true });
  return [
    `De afsprakennota van ${org.organisation.organisation.name} heeft geen afspraak over ${label}.`,
    `Vraag het aan ${contact}.`,
  ].join('\n');
}

/**
 * The organisation's words for the service a statement leaves open ("een andere dienst
 * (specifieer)" filled in as "de dienst Burgerzaken", 13), when the statement is about that
 * service and the agreement's text now names it; else undefined.
 */
function filledDoer(
  agreement: EffectiveAgreement,
  s: Statement,
  org: EffectiveOrganisation,
): string | undefined {
  const fill = org.organisation.agreements.fill?.[agreement.number]?.trim();
  if (!fill || s.actor !== 'dienst' || !agreement.lead.includes(fill)) return undefined;
  return fill;
}

/** A question word before the modal verb: the question asks what, not whether. */
const OPEN_QUESTION = /\b(wat|hoe|wanneer|waar|welke|welk)\b[^?]*?\b(moet|moeten|moest|dien|dient)\b/i;

function verdictLine_(v: Verdict, kind: QuestionKind, org: EffectiveOrganisation): string {
  switch (v.verdict) {
    case 'mag-niet': {
      // "Volstaat de handtekening van de schepen?": no, and who else is needed.
      if (v.alsoNeeded?.length)
        return `Nee, dat volstaat niet: ook ${joinDutch(v.alsoNeeded.map((r) => doerName(r, org)))} ${v.alsoNeeded.length > 1 ? 'zijn' : 'is'} nodig.`;
      const doers = v.doers ?? (v.doer ? [v.doer] : []);
      if (!doers.length) return 'Nee.';
      return `Nee, dat ${doers.length > 1 ? 'doen' : 'doet'} ${joinDutch(doers.map((r) => doerName(r, org)))}.`;
    }
    case 'mag':
      return 'Ja.';
    case 'mag-mits': {
      const c = v.statement?.conditions ?? [];
      if (c.length) return `Ja, onder voorwaarden: ${c.join('; ')}.`;
      if (v.coordinator) return `Ja, volgens de afspraken van ${doerName(v.coordinator, org)}:`;
      const via = v.statement?.involve ?? [];
      return via.length
        ? `Ja, maar via ${joinDutch(via.map((r) => doerName(r, org)))}.`
        : 'Ja, onder voorwaarden.';
    }
    case 'moet': {
      // "Moet ik dat via jullie doen?" answered by a prohibition with its doers (45): yes, through
      // them; the act itself stays theirs, so the line names the route, not a bare "dat moet".
      const via = v.doers ?? (v.doer ? [v.doer] : []);
      if (kind === 'obligation' && via.length && v.statement?.modality === 'mag-niet')
        return `Ja, via ${joinDutch(via.map((r) => doerName(r, org)))}.`;
      // A how or when question gets the rule itself, introduced the way a colleague would.
      return kind === 'obligation' ? 'Ja, dat moet.' : 'Zo is het afgesproken:';
    }
    case 'info':
      return '';
  }
}

/** The doer in the verdict line, without contact details (they follow on the contact line). */
function doerName(role: Role, org: EffectiveOrganisation): string {
  if (role === 'communicatiedienst') return 'de communicatiedienst';
  return describeRole(role, org);
}

/** The honest "I don't know" (DESIGN.md, Ask §4): the agreements don't cover it; whom to ask. */
export function outOfScopeReply(org: EffectiveOrganisation): string {
  const c = serviceContact(org);
  const contact = describeRole('communicatiedienst', org, { withContact: true });
  const person = c.person ? ` of ${c.person.name}, ${'communicatieverantwoordelijke'}` : '';
  return [
    `Daarover zeggen de communicatieafspraken van ${org.organisation.organisation.name} niets, dus daar kan ik je geen betrouwbaar antwoord op geven.`,
    `Gaat het over communicatie, vraag het dan aan ${contact}${person}.`,
    'Voor andere vragen (personeel, ICT, gebouwen …) helpt je leidinggevende of de bevoegde dienst je verder.',
  ].join('\n');
}

export function emptyQuestionReply(): string {
  return 'Stel je vraag in gewone woorden, bijvoorbeeld: "Mag ik zelf een persbericht naar de krant sturen?"';
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Roles to involve for a verdict: the doer first for a 'no', then the statement's involve list. */
export function whoToInvolve(
  v: Verdict,
  asker: Role,
  kind: QuestionKind,
  named: readonly Role[] = [],
): Role[] {
  const s: Statement | undefined = v.statement;
  const roles: Role[] = [];
  roles.push(...(v.alsoNeeded ?? []));
  roles.push(...(v.doers ?? (v.doer ? [v.doer] : [])));
  // Who is responsible answers a 'wie' question, and is whom to involve for an 'info' answer.
  if (s && (kind === 'who' || v.verdict === 'info')) roles.push(s.actor);
  for (const r of s?.involve ?? []) roles.push(r);
  // Nobody the question itself names ("de pers heeft de schepen gebeld …"), except the service.
  const namedRoles = new Set<Role>(named.filter((r) => r !== 'communicatiedienst'));
  const skip = new Set<Role>(['iedereen', 'medewerker', asker]);
  if (kind !== 'who') skip.add('dienst');
  const answersWho = (r: Role) =>
    (kind === 'who' || v.verdict === 'info') && r === s?.actor && r !== 'iedereen' && r !== asker;
  return [...new Set(roles)].filter((r) => !namedRoles.has(r) && (!skip.has(r) || answersWho(r)));
}
