// The organisation's people as the agreements need them: who is competent, whom to contact, and
// how to name a role in a Dutch reply ("burgemeester An Peeters").
import type { Role } from '../catalogue/types';
import { ROLE_LABELS } from '../catalogue/vocabulary';
import { normalise } from '../language/normalise';
import type { EffectiveOrganisation, Organisation, Person, PersonRole, ServiceContact } from './types';

type OrgLike = Organisation | EffectiveOrganisation;

const unwrap = (org: OrgLike): Organisation => ('byNumber' in org ? org.organisation : org);

const fold = normalise;

export function peopleByRole(org: OrgLike, role: PersonRole): Person[] {
  return unwrap(org).people.filter((p) => p.role === role);
}

export function mayor(org: OrgLike): Person | undefined {
  return peopleByRole(org, 'burgemeester')[0];
}

/**
 * Whether one portfolio item covers the subject. Items and words are compared from the start of a
 * word, so 'cultuur' covers 'cultuurcentrum' and 'jeugd' covers 'jeugdkamp'; a multi-word item
 * ('ruimtelijke ordening') needs all its words.
 */
function portfolioCovers(item: string, words: readonly string[]): boolean {
  const parts = fold(item)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
  if (!parts.length) return false;
  return parts.every((part) =>
    words.some(
      (w) =>
        w.startsWith(part) || (w.length >= 5 && part.startsWith(w)) || (part.length >= 5 && w.includes(part)),
    ),
  );
}

// Prepositions and other function words that start-of-word matching would take for a subject:
// "onder het voetpad" is not about onderwijs, "tegen" is not about anything.
const FUNCTION_WORDS = new Set(
  'onder tussen boven achter tegen zonder tijdens sinds omdat zodat wanneer terwijl daarna daarom echter hierbij hebben worden kunnen zullen moeten'.split(
    ' ',
  ),
);

function subjectWordList(subject: string | readonly string[]): string[] {
  const text = typeof subject === 'string' ? subject : subject.join(' ');
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
}

/** The portfolio items of a person that cover the subject. */
export function matchingPortfolio(person: Person, subject: string | readonly string[]): string[] {
  const words = subjectWordList(subject);
  return person.portfolio.filter((item) => portfolioCovers(item, words));
}

/**
 * Mandatarissen competent for a subject (agreement 36, 48): the burgemeester always, then each
 * schepen or voorzitter whose portfolio covers a subject word. Burgemeester first.
 */
export function competentMandataries(org: OrgLike, subject: string | readonly string[]): Person[] {
  const people = unwrap(org).people;
  const competent = people.filter(
    (p) =>
      p.role === 'burgemeester' ||
      ((p.role === 'schepen' ||
        p.role === 'voorzitter-bijzonder-comite' ||
        p.role === 'gemeenteraadsvoorzitter') &&
        matchingPortfolio(p, subject).length > 0),
  );
  return competent.sort((a, b) => Number(b.role === 'burgemeester') - Number(a.role === 'burgemeester'));
}

/** Whether a person is a mandataris (signs, is quoted, is kept out of public channels by 32). */
export function isMandatary(person: Person): boolean {
  return (
    person.role === 'burgemeester' ||
    person.role === 'schepen' ||
    person.role === 'gemeenteraadsvoorzitter' ||
    person.role === 'voorzitter-bijzonder-comite' ||
    person.role === 'raadslid'
  );
}

export interface ServiceContactWithPerson extends ServiceContact {
  /** The communicatieverantwoordelijke, when the file names one. */
  person?: Person;
}

/** How staff reach the communication service; the file's own details first, the responsible's as fallback. */
export function serviceContact(org: OrgLike): ServiceContactWithPerson {
  const o = unwrap(org);
  const person = peopleByRole(o, 'communicatieverantwoordelijke')[0];
  const own = o.communicatiedienst;
  const email = own?.email ?? person?.email;
  const phone = own?.phone ?? person?.phone;
  return {
    name: own?.name ?? 'de communicatiedienst',
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(person ? { person } : {}),
  };
}

function contactDetails(c: { email?: string; phone?: string }): string {
  const parts = [c.email, c.phone].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const named = (label: string, people: Person[]): string | undefined =>
  people.length ? `${label} ${people.map((p) => p.name).join(' en ')}` : undefined;

export interface DescribeOptions {
  /** Subject words, so 'bevoegde-schepen' can name the competent schepen. */
  subject?: string | readonly string[];
  /** Add e-mail and phone to a named person. */
  withContact?: boolean;
}

/**
 * A role as a Dutch phrase with the organisation's names: 'burgemeester An Peeters',
 * 'de communicatiedienst (communicatie@zilverbeek.be, 016 …)', 'de bevoegde schepen'.
 */
export function describeRole(role: Role | PersonRole, org: OrgLike, options: DescribeOptions = {}): string {
  const o = unwrap(org);
  const withContact = (p: Person) => (options.withContact ? `${p.name}${contactDetails(p)}` : p.name);
  const list = (label: string, people: Person[]) =>
    people.length ? `${label} ${people.map(withContact).join(' en ')}` : undefined;
  switch (role) {
    case 'communicatiedienst': {
      const c = serviceContact(o);
      const name = /^de |^het /i.test(c.name)
        ? c.name
        : c.name.toLowerCase().startsWith('dienst')
          ? `de ${c.name}`
          : c.name;
      return `${name}${contactDetails(c)}`;
    }
    case 'burgemeester':
    case 'algemeen-directeur':
    case 'communicatieverantwoordelijke':
    case 'gemeenteraadsvoorzitter':
    case 'voorzitter-bijzonder-comite':
      return (
        list(ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? personRoleLabel(role), peopleByRole(o, role)) ??
        `de ${personRoleLabel(role)}`
      );
    case 'bevoegde-schepen':
    case 'bevoegde-mandataris': {
      if (options.subject) {
        const competent = competentMandataries(o, options.subject).filter((p) =>
          role === 'bevoegde-schepen' ? p.role === 'schepen' : true,
        );
        const schepenen = competent.filter((p) => p.role === 'schepen');
        const chosen = schepenen.length ? schepenen : competent;
        if (chosen.length)
          return chosen
            .map(
              (p) =>
                `${personRoleLabel(p.role)} ${withContact(p)}${p.role === 'schepen' ? ` (${matchingPortfolio(p, options.subject ?? []).join(', ')})` : ''}`,
            )
            .join(' of ');
      }
      return `de ${ROLE_LABELS[role]}`;
    }
    case 'schepen-van-communicatie': {
      const people = peopleByRole(o, 'schepen').filter((p) =>
        p.portfolio.some((item) => fold(item).includes('communicatie')),
      );
      const m = people.length
        ? people
        : peopleByRole(o, 'burgemeester').filter((p) =>
            p.portfolio.some((i) => fold(i).includes('communicatie')),
          );
      return (
        named(m[0]?.role === 'burgemeester' ? 'burgemeester' : 'schepen van communicatie', m) ??
        'de schepen van communicatie'
      );
    }
    case 'college':
      return 'het college van burgemeester en schepenen';
    case 'gemeenteraad':
      return 'de gemeenteraad';
    case 'managementteam':
      return 'het managementteam';
    case 'diensthoofd': {
      // With a subject: the head of the department whose portfolio or name covers it.
      const heads = options.subject
        ? peopleByRole(o, 'diensthoofd').filter((p) => {
            const words = subjectWordList(options.subject ?? []);
            return [...p.portfolio, ...(p.department ? [p.department] : [])].some((item) =>
              portfolioCovers(item, words),
            );
          })
        : [];
      return heads.length
        ? heads
            .map((p) => `diensthoofd ${withContact(p)}${p.department ? ` (${p.department})` : ''}`)
            .join(' of ')
        : 'het diensthoofd';
    }
    case 'kabinet':
      return 'het kabinet';
    case 'pers':
      return 'de pers';
    case 'iedereen':
      return 'iedereen';
    case 'medewerker':
    case 'externe':
    case 'schepen':
    case 'mandataris':
    case 'redacteur':
    case 'raadslid':
      return `een ${personRoleLabel(role)}`;
    default:
      return `de ${personRoleLabel(role)}`;
  }
}

/** Dutch label of a person's role or a statement role. */
export function personRoleLabel(role: Role | PersonRole): string {
  const extra: Record<string, string> = {
    gemeenteraadsvoorzitter: 'voorzitter van de gemeenteraad',
    'voorzitter-bijzonder-comite': 'voorzitter van het bijzonder comité',
    raadslid: 'gemeenteraadslid',
  };
  return extra[role] ?? ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role;
}
