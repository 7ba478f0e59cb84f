// Who is competent for a press release (agreement 48: the contact block names the COMPETENT
// mandataris). A release is read as a whole: its title weighs most, then the lead, then the rest;
// a mandataris the release itself quotes or presents ("zegt schepen van sport Sofie Claes") is
// preferred when his or her portfolio covers the subject. A schepen whose portfolio matches only
// a passing word of the body ("het zomerfestival start dezelfde dag") is not competent when
// another one clearly carries the subject.
import { competentMandataries, isMandatary, matchingPortfolio } from '../../organisation';
import type { EffectiveOrganisation, Person } from '../../organisation/types';
import { isContent } from '../document';
import type { CheckDocument } from '../types';
import { personMentions } from './roles';
import { readSubject, subjectText } from './subject';

export interface PressCompetence {
  /** Competent schepenen and voorzitters, most competent first (the burgemeester always is). */
  competent: Person[];
  /** Portfolio items of the first competent person that cover the subject ("sport"). */
  portfolio: string[];
}

const WEIGHT = { title: 3, lead: 2, body: 1, quoted: 3 } as const;

/** The first paragraph of running text after the title: the lead of a release. */
function lead(paragraphs: string[], title: string | undefined): string {
  return paragraphs.find((t) => t.trim().length >= 60 && t !== title && !/^\s*persbericht\b/i.test(t)) ?? '';
}

export function pressCompetence(
  org: EffectiveOrganisation,
  doc: CheckDocument,
  exclude?: { start: number; end: number },
): PressCompetence {
  const subject = readSubject(doc, exclude);
  const paragraphs = doc.paragraphs
    .filter((p) => isContent(p) && !(exclude && p.start >= exclude.start && p.end <= exclude.end))
    .map((p) => p.text);
  // readSubject gives up when the release opens with the word "Persbericht": take the next line.
  const title =
    subject.line ??
    paragraphs.find(
      (t) => t.trim() !== '' && t.trim().length < 160 && !/^\s*(?:persbericht|pers|uitnodiging)\b/i.test(t),
    );
  const texts = {
    title: title ? subjectText(title) : '',
    lead: subjectText(lead(paragraphs, title)),
    body: subjectText([...new Set(subject.body.toLowerCase().split(/[^\p{L}\p{N}]+/u))].join(' ')),
  };
  const quoted = new Set(
    personMentions(subject.body, org)
      .map((m) => m.person)
      .filter(isMandatary),
  );
  const candidates = competentMandataries(org, texts.body).filter((p) => p.role !== 'burgemeester');
  const scored = candidates.map((person) => {
    let score = 0;
    if (texts.title && matchingPortfolio(person, texts.title).length) score += WEIGHT.title;
    if (matchingPortfolio(person, texts.lead).length) score += WEIGHT.lead;
    // Once: a schepen with many overlapping items (openbare werken, wegen) gains nothing by it.
    if (matchingPortfolio(person, texts.body).length) score += WEIGHT.body;
    if (quoted.has(person)) score += WEIGHT.quoted;
    return { person, score };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  const competent = scored
    // Half the leader's weight or more: two schepenen who share a project both stay competent.
    .filter((s) => s.score * 2 >= top)
    .sort(
      (a, b) =>
        b.score - a.score || Number(b.person.role === 'schepen') - Number(a.person.role === 'schepen'),
    )
    .map((s) => s.person);
  const first = competent[0];
  return {
    competent,
    // What the title and lead are about names the subject best; the body only when they say nothing.
    portfolio: !first
      ? []
      : matchingPortfolio(first, `${texts.title} ${texts.lead}`).length
        ? matchingPortfolio(first, `${texts.title} ${texts.lead}`)
        : matchingPortfolio(first, texts.body),
  };
}
