// Who a line of text names: a person of the organisation file by name, and/or a role title
// ("De schepen van cultuur", "Koen Maes, schepen", "wnd. burgemeester"). Used to read signature
// blocks (agreement 36) and press contact blocks (agreement 48). Lines are matched folded
// (lower case, no diacritics) with offsets kept.
import type { EffectiveOrganisation, Person, PersonRole } from '../../organisation/types';
import { foldKeepLength } from '../fold';

/** A role as written, 'andere' for staff who are neither mandataris nor algemeen directeur. */
export type WrittenRole = PersonRole | 'andere';

export interface RoleMention {
  role: WrittenRole;
  /** Portfolio words written after the title: "schepen van cultuur en toerisme" -> 'cultuur en toerisme'. */
  portfolio?: string;
  /** "wnd. burgemeester", "waarnemend algemeen directeur": someone standing in for the role. */
  acting: boolean;
  /** Offsets in the searched string. */
  start: number;
  end: number;
}

export interface PersonMention {
  person: Person;
  start: number;
  end: number;
}

// The college as a body is not a signatory: its name must not read as "burgemeester" + "schepen".
const COLLEGE = /\bcollege van burgemeester en schepenen\b|\bschepencollege\b|\bburgemeester en schepenen\b/g;

const ACTING = String.raw`(?:(?:wnd|dd|d\.d|waarnemend|waarnemende|ad interim|a\.i)\.?\s+)?`;

const ROLE_PATTERNS: { role: WrittenRole; re: RegExp }[] = [
  {
    role: 'algemeen-directeur',
    re: new RegExp(
      String.raw`\b${ACTING}(?:algemeen[- ]directeur|algemene directeur|gemeentesecretaris|stadssecretaris|ocmw-secretaris|secretaris)\b(?:\s*(?:a\.i\.|ad interim|wnd\.?))?`,
      'g',
    ),
  },
  {
    role: 'gemeenteraadsvoorzitter',
    re: /\b(?:voorzitter van de (?:gemeenteraad|raad)|gemeenteraadsvoorzitter|voorzitter gemeenteraad)\b/g,
  },
  {
    role: 'voorzitter-bijzonder-comite',
    re: /\b(?:voorzitter (?:van )?(?:het )?(?:bijzonder comite(?: voor de sociale dienst)?|bcsd|vast bureau|ocmw)|ocmw-voorzitter)\b/g,
  },
  { role: 'burgemeester', re: new RegExp(String.raw`\b${ACTING}burgemeester\b`, 'g') },
  {
    role: 'schepen',
    // The portfolio runs to a comma, a bracket or the end of the line: "schepen van cultuur en erfgoed".
    re: new RegExp(
      String.raw`\b${ACTING}schepen\b(?:\s+(?:van|voor|bevoegd voor)\s+(?<portfolio>[^,;:()\n\t]+))?`,
      // 'd': the portfolio's offsets, to take it from the text as written (with its accents).
      'dg',
    ),
  },
  {
    role: 'andere',
    re: /\b(?:financieel directeur|diensthoofd|afdelingshoofd|teamverantwoordelijke|teamleider|coordinator|directeur|deskundige|medewerker|consulent|verantwoordelijke|communicatieambtenaar|woordvoerder)\b/g,
  },
];

/** Role titles named in a (folded or raw) string, in order; overlapping titles count once. */
export function roleMentions(text: string): RoleMention[] {
  const folded = foldKeepLength(text).replace(COLLEGE, (m) => ' '.repeat(m.length));
  const found: RoleMention[] = [];
  for (const { role, re } of ROLE_PATTERNS) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // The folded text keeps every offset: "financiën" is read as "financien" but shown as written.
      const at = m.indices?.groups?.portfolio;
      const portfolio = at ? text.slice(at[0], at[1]).trim() : undefined;
      const acting =
        /^(?:wnd|dd|d\.d|waarnemend|ad interim|a\.i)/.test(m[0]) ||
        /(?:a\.i\.|ad interim|wnd\.?)$/.test(m[0]);
      found.push({ role, acting, start, end, ...(portfolio ? { portfolio } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const namePatterns = new WeakMap<Person, RegExp>();

/** "Koen Maes", "K. Maes", "Maes Koen" (as lists sometimes write it), case and accents ignored. */
function namePattern(person: Person): RegExp {
  let re = namePatterns.get(person);
  if (!re) {
    const parts = foldKeepLength(person.name).split(/\s+/).filter(Boolean);
    const first = parts[0] ?? '';
    const rest = parts
      .slice(1)
      .map(escape)
      .join(String.raw`\s+`);
    const full = parts.map(escape).join(String.raw`\s+`);
    const alternatives = [full];
    if (rest) {
      alternatives.push(String.raw`${escape(first[0])}\.\s*${rest}`);
      alternatives.push(String.raw`${rest}\s+${escape(first)}`);
    }
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu');
    namePatterns.set(person, re);
  }
  re.lastIndex = 0;
  return re;
}

/** People of the organisation named in the string, in order. */
export function personMentions(text: string, org: EffectiveOrganisation): PersonMention[] {
  const folded = foldKeepLength(text);
  const found: PersonMention[] = [];
  for (const person of org.organisation.people) {
    for (const m of folded.matchAll(namePattern(person))) {
      const start = m.index;
      const end = start + m[0].length;
      // "Jan Wouters" contains no "Lies Wouters", but "Wouters Jan" could shadow a shorter match.
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ person, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MANDATARY_ROLES: readonly WrittenRole[] = [
  'burgemeester',
  'schepen',
  'gemeenteraadsvoorzitter',
  'voorzitter-bijzonder-comite',
];

export function isMandataryRole(role: WrittenRole | undefined): boolean {
  return role !== undefined && MANDATARY_ROLES.includes(role);
}

/** "burgemeester", "schepen", … as a writer reads them. */
export function roleLabel(role: WrittenRole): string {
  switch (role) {
    case 'algemeen-directeur':
      return 'algemeen directeur';
    case 'gemeenteraadsvoorzitter':
      return 'voorzitter van de gemeenteraad';
    case 'voorzitter-bijzonder-comite':
      return 'voorzitter van het bijzonder comité';
    case 'communicatieverantwoordelijke':
      return 'communicatieverantwoordelijke';
    case 'andere':
      return 'medewerker';
    default:
      return role;
  }
}

/** "schepen Koen Maes", "burgemeester An Peeters". */
export function personLabel(person: Person): string {
  return `${roleLabel(person.role)} ${person.name}`;
}
