// Press releases. Agreement 48: the contact block names the competent mandataris with phone,
// e-mail and gsm (for interviews, quotes and policy questions) and the communication service
// for other questions (`press.contact`). Agreement 46, variant 2: the release carries a quote
// of the mandataris (`press.quote`).
import { isMandatary, serviceContact } from '../../organisation';
import type { EffectiveOrganisation, Person } from '../../organisation/types';
import { isContent, linesOf, type Line } from '../document';
import { documentFinding, finding } from '../finding';
import { foldKeepLength } from '../fold';
import { quoteRanges } from '../quotes';
import type { CheckDocument, Finding, Rule, RuleContext } from '../types';
import { isMandataryRole, personLabel, personMentions, roleMentions } from './roles';
import { pressCompetence } from './press-subject';
import { everyType } from './rule-helpers';

const CONTACT_HEAD =
  /\b(?:perscontact|contactpersonen?|contactgegevens|contact|meer info(?:rmatie)?|voor (?:meer|verdere|bijkomende|alle) (?:info|informatie|vragen)|interviews?|beleidsvragen|andere vragen|noot (?:voor|aan) de redactie|bereikbaar)\b|^\s*(?:info|informatie|vragen|pers|meer weten)\s*[:?]/;
const SERVICE =
  /\b(?:communicatiedienst|dienst communicatie|communicatieafdeling|afdeling communicatie|team communicatie|communicatieteam|persdienst|perswoordvoerder|woordvoerder|communicatieverantwoordelijke)\b/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const PHONE = /(?:\+\s?32|0032|(?<![\d])0)[\s(]*\d(?:[\s./()-]*\d){6,10}/g;
const MOBILE_LABEL = /\b(?:gsm|mobiel|mobile|gsm-nummer|gsmnummer|mob)\b\.?\s*:?\s*$/;

interface Details {
  email: boolean;
  phone: boolean;
  mobile: boolean;
}

/** E-mail, landline and gsm in a piece of the contact block. */
function details(text: string): Details {
  const folded = foldKeepLength(text);
  const out: Details = { email: EMAIL.test(text), phone: false, mobile: false };
  for (const m of folded.matchAll(PHONE)) {
    // "+32 (0)470 …": the (0) is only there for callers from Belgium.
    const digits = m[0]
      .replace(/\(0\)/g, '')
      .replace(/\D/g, '')
      .replace(/^0032|^32/, '0');
    const labelledMobile = MOBILE_LABEL.test(folded.slice(Math.max(0, m.index - 20), m.index));
    if (labelledMobile || /^04[5-9]/.test(digits)) out.mobile = true;
    else out.phone = true;
  }
  return out;
}

/** The contact block: from the first contact heading in the last part of the release to its end. */
function contactBlock(doc: CheckDocument): Line[] {
  const lines = linesOf(doc, isContent).filter((l) => l.text.trim() !== '');
  if (!lines.length) return [];
  const from = Math.floor(lines.length * 0.5);
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (CONTACT_HEAD.test(foldKeepLength(lines[i].text))) return lines.slice(i);
  }
  return [];
}

interface Contact {
  label: string;
  person?: Person;
  competent: boolean;
  details: Details;
}

/** Mandatarissen named in the block, each with the details written between them and the next. */
function contactsIn(
  block: Line[],
  org: EffectiveOrganisation,
  competent: Set<Person> | undefined,
): Contact[] {
  const text = block.map((l) => l.text).join('\n');
  const marks: { start: number; person?: Person; role?: string; portfolio?: string; mandatary: boolean }[] =
    [];
  for (const m of personMentions(text, org))
    marks.push({ start: m.start, person: m.person, mandatary: isMandatary(m.person) });
  for (const r of roleMentions(text)) {
    if (marks.some((m) => Math.abs(m.start - r.start) < 40 && m.person)) continue;
    marks.push({
      start: r.start,
      role: r.role,
      ...(r.portfolio ? { portfolio: r.portfolio } : {}),
      mandatary: isMandataryRole(r.role),
    });
  }
  marks.sort((a, b) => a.start - b.start);
  const contacts: Contact[] = [];
  marks.forEach((m, i) => {
    if (!m.mandatary) return;
    const end = marks.slice(i + 1).find((n) => n.person || n.role)?.start ?? text.length;
    // A role written just before the name ("schepen Koen Maes") belongs to the same person.
    const piece = text.slice(m.start, Math.max(end, m.start + 1));
    const isMayor = m.person?.role === 'burgemeester' || m.role === 'burgemeester';
    contacts.push({
      label: m.person ? personLabel(m.person) : `de ${m.role}${m.portfolio ? ` van ${m.portfolio}` : ''}`,
      ...(m.person ? { person: m.person } : {}),
      competent: isMayor || !competent || !m.person || competent.has(m.person),
      details: details(piece),
    });
  });
  return contacts;
}

function joinDutch(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function contactLine(p: Person): string {
  const parts = [
    p.phone ? `tel. ${p.phone}` : undefined,
    p.mobile ? `gsm ${p.mobile}` : undefined,
    p.email,
  ].filter(Boolean);
  return `${personLabel(p)}${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

function suggestedBlock(org: EffectiveOrganisation, who: Person | undefined): string {
  const service = serviceContact(org);
  const serviceParts = [service.email, service.phone].filter(Boolean);
  return [
    `Voor interviews, quotes en beleidsvragen: ${who ? contactLine(who) : 'de bevoegde mandataris (telefoon, gsm en e-mail)'}.`,
    `Voor andere vragen: ${service.name}${serviceParts.length ? `, ${serviceParts.join(', ')}` : ''}.`,
  ].join('\n');
}

function checkContact(ctx: RuleContext): Finding[] {
  const { doc, org } = ctx;
  const block = contactBlock(doc);
  const competence = pressCompetence(
    org,
    doc,
    block.length ? { start: block[0].start, end: doc.text.length } : undefined,
  );
  const competentSet = competence.competent.length ? new Set(competence.competent) : undefined;
  const preferred = competence.competent[0] ?? org.organisation.people.find((p) => p.role === 'burgemeester');
  const contacts = contactsIn(block, org, competentSet);
  const blockText = foldKeepLength(block.map((l) => l.text).join('\n'));
  const service = serviceContact(org);
  const serviceNamed =
    SERVICE.test(blockText) ||
    blockText.includes(foldKeepLength(service.name)) ||
    (service.email !== undefined && blockText.includes(foldKeepLength(service.email))) ||
    (service.person !== undefined && blockText.includes(foldKeepLength(service.person.name)));

  const problems: string[] = [];
  let severity: 'error' | 'warning' = 'warning';
  const good = contacts.filter((c) => c.competent);
  if (!contacts.length) {
    problems.push('geen mandataris als contactpersoon voor interviews, quotes en beleidsvragen');
    severity = 'error';
  } else if (!good.length) {
    const about = competence.portfolio.length ? ` voor ${joinDutch(competence.portfolio)}` : '';
    problems.push(
      `${joinDutch(contacts.map((c) => c.label))} als contactpersoon, maar niet de bevoegde mandataris${about}${preferred ? ` (${personLabel(preferred)})` : ''}`,
    );
  } else {
    const best = good.reduce((a, b) => (score(b.details) > score(a.details) ? b : a));
    const missing = [
      best.details.phone ? undefined : 'telefoonnummer',
      best.details.email ? undefined : 'e-mailadres',
      best.details.mobile ? undefined : 'gsm-nummer',
    ].filter((x): x is string => x !== undefined);
    if (missing.length) problems.push(`${best.label} zonder ${joinDutch(missing)}`);
  }
  if (!serviceNamed) problems.push('niet de communicatiedienst voor andere vragen');
  if (!problems.length) return [];

  const spec = {
    rule: 'press.contact',
    agreement: 48,
    severity,
    message: `${block.length ? `Het contactblok van dit persbericht vermeldt ${joinDutch(problems)}` : 'Dit persbericht heeft geen contactblok'}. Afspraak 48: vermeld de bevoegde mandataris met telefoonnummer, e-mailadres en gsm-nummer, en de communicatiedienst voor andere vragen.`,
    suggestion: suggestedBlock(org, good[0]?.person ?? preferred),
  };
  if (!block.length) return [documentFinding(spec)];
  return [finding(doc, { ...spec, start: block[0].start, end: block[block.length - 1].end })];
}

function score(d: Details): number {
  return Number(d.email) + Number(d.phone) + Number(d.mobile);
}

// "…", zegt schepen Maes. / Burgemeester An Peeters: "…" / aldus de burgemeester.
const SPEECH =
  /\b(?:zegt|zei|vertelt|vertelde|aldus|benadrukt|verklaart|stelt|reageert|klinkt het bij|licht\s+\S+\s+toe)\b/;

function checkQuote(ctx: RuleContext): Finding[] {
  const { doc, org } = ctx;
  const quotes = quoteRanges(doc).filter((q) => q.end - q.start >= 20);
  const paragraphs = doc.paragraphs.filter(isContent);
  const mandataryNamed = (text: string) =>
    personMentions(text, org).some((m) => isMandatary(m.person)) ||
    roleMentions(text).some((r) => isMandataryRole(r.role));
  const attributed = quotes.some((q) => {
    const i = paragraphs.findIndex((p) => q.start >= p.start && q.start <= p.end);
    if (i < 0) return false;
    const around = [paragraphs[i - 1], paragraphs[i], paragraphs[i + 1]].filter(Boolean).map((p) => p.text);
    return mandataryNamed(around[around.length === 3 ? 1 : 0]) || around.some(mandataryNamed);
  });
  // Without quote marks: "Schepen Koen Maes: Ik ben blij …" or "…, zegt burgemeester Peeters."
  const unmarked = paragraphs.some((p) => {
    const folded = foldKeepLength(p.text);
    const colon = /^[^:]{3,60}:\s*\S/.exec(p.text);
    return (
      (colon && mandataryNamed(colon[0]) && !/^\s*(?:voor|contact|info)/.test(folded)) ||
      (SPEECH.test(folded) && mandataryNamed(p.text))
    );
  });
  if (attributed || unmarked) return [];
  const who =
    pressCompetence(org, doc).competent[0] ?? org.organisation.people.find((p) => p.role === 'burgemeester');
  return [
    documentFinding({
      rule: 'press.quote',
      agreement: 46,
      severity: quotes.length ? 'warning' : 'error',
      message: quotes.length
        ? 'Dit persbericht citeert niemand van het bestuur. Jullie afspraak 46 (variant 2): een persbericht bevat een quote van de mandataris.'
        : 'Dit persbericht bevat geen quote. Jullie afspraak 46 (variant 2): een persbericht bevat een quote van de mandataris.',
      suggestion: `Voeg een quote toe van ${who ? personLabel(who) : 'de bevoegde mandataris'}, bijvoorbeeld: "…", zegt ${who ? personLabel(who) : 'de schepen'}.`,
    }),
  ];
}

export const pressRules: Rule = (ctx) => {
  // Only a press release needs a contact block and a quote: not while it may be something else.
  if (!everyType(ctx, (t) => t === 'persbericht') || ctx.doc.text.trim() === '') return [];
  const out = ctx.org.parameters.contactBlock ? checkContact(ctx) : [];
  if (ctx.org.parameters.quoteRequired) out.push(...checkQuote(ctx));
  return out;
};
