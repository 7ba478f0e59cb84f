// What changed between two versions of the organisation's note, one Dutch line per change: the
// history of versions, the comparison in the composer and the list of changes a college reads in
// the exported note. Pure: two Organisation objects in, lines out, in a stable order
// (organisation, then agreements by number, then own agreements, then people).
import { findAgreement } from '../catalogue';
import { personRoleLabel } from './people';
import type { AgreementEdit, Organisation, OwnAgreement, Person } from './types';

export type NoteChangeKind =
  | 'organisation'
  | 'adopted'
  | 'omitted'
  | 'variant'
  | 'wording'
  | 'examples'
  | 'fill'
  | 'parameter'
  | 'own'
  | 'people';

export interface NoteChange {
  kind: NoteChangeKind;
  /** The agreement the change is about, when it is about one. */
  agreement?: number;
  /** One Dutch sentence, for the communication service and the college. */
  text: string;
}

/** How agreement 22's document types read in a sentence ("je-vorm voor brieven"). */
const DOC_TYPE_PHRASES: Record<string, string> = {
  brief: 'brieven',
  uitnodiging: 'uitnodigingen',
  persbericht: 'persberichten',
  infoblad: 'het infoblad',
  website: 'de website',
  'sociale-media': 'sociale media',
};
const FORM_WORDS: Record<string, string> = { je: 'je-vorm', u: 'u-vorm' };

export function noteChanges(before: Organisation, after: Organisation): NoteChange[] {
  return [
    ...organisationChanges(before, after),
    ...agreementChanges(before, after),
    ...ownAgreementChanges(before.agreements.add ?? [], after.agreements.add ?? []),
    ...peopleChanges(before.people, after.people),
  ];
}

/** The changes as a short summary line for a list of versions ("3 wijzigingen: …"). */
export function summariseChanges(changes: readonly NoteChange[], max = 3): string {
  if (!changes.length) return 'Geen wijzigingen.';
  const shown = changes.slice(0, max).map((c) => c.text.replace(/\.$/, ''));
  const more = changes.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; en nog ${more} ${more === 1 ? 'wijziging' : 'wijzigingen'}` : ''}.`;
}

function organisationChanges(before: Organisation, after: Organisation): NoteChange[] {
  const out: NoteChange[] = [];
  const add = (text: string) => out.push({ kind: 'organisation', text });
  const a = before.organisation;
  const b = after.organisation;
  if (a.name !== b.name) add(`Officiële naam: ${b.name} (was ${a.name}).`);
  if (!sameList(a.aliases, b.aliases))
    add(`Andere benamingen: ${listOrNone(b.aliases)} (was ${listOrNone(a.aliases)}).`);
  if (a.kind !== b.kind) add(`Soort organisatie: ${b.kind} (was ${a.kind}).`);
  const sa = before.communicatiedienst;
  const sb = after.communicatiedienst;
  if (!sameJson(sa, sb)) {
    const describe = (s: typeof sa) =>
      s ? [s.name, s.email, s.phone].filter(Boolean).join(', ') : 'niet ingevuld';
    add(`Contact van de communicatiedienst: ${describe(sb)} (was ${describe(sa)}).`);
  }
  if (!sameList(before.parties ?? [], after.parties ?? []))
    add(`Partijen: ${listOrNone(after.parties ?? [])} (was ${listOrNone(before.parties ?? [])}).`);
  return out;
}

function agreementChanges(before: Organisation, after: Organisation): NoteChange[] {
  const a = before.agreements;
  const b = after.agreements;
  const numbers = new Set<number>([
    ...a.omit,
    ...b.omit,
    ...keys(a.variants),
    ...keys(b.variants),
    ...keys(a.edit),
    ...keys(b.edit),
    ...keys(a.fill),
    ...keys(b.fill),
    ...keys(parametersOf(before)),
    ...keys(parametersOf(after)),
  ]);
  const out: NoteChange[] = [];
  for (const n of [...numbers].sort((x, y) => x - y)) {
    const wasOmitted = a.omit.includes(n);
    const isOmitted = b.omit.includes(n);
    if (!wasOmitted && isOmitted) {
      out.push({ kind: 'omitted', agreement: n, text: `${agreementName(n)} weggelaten.` });
      continue; // what else changed about an agreement that is gone does not matter
    }
    if (wasOmitted && !isOmitted)
      out.push({ kind: 'adopted', agreement: n, text: `${agreementName(n)} opgenomen.` });
    const va = wasOmitted ? undefined : a.variants[n];
    const vb = b.variants[n];
    if (va !== vb && !(wasOmitted && vb === undefined))
      out.push({
        kind: 'variant',
        agreement: n,
        text: `Afspraak ${n}: ${variantName(vb)} gekozen (was ${variantName(va)}).`,
      });
    out.push(...editChanges(n, a.edit?.[n], b.edit?.[n]));
    const fa = a.fill?.[n];
    const fb = b.fill?.[n];
    if (fa !== fb)
      out.push({
        kind: 'fill',
        agreement: n,
        text: fb
          ? `Afspraak ${n}: ingevuld met '${fb}'${fa ? ` (was '${fa}')` : ''}.`
          : `Afspraak ${n}: de eigen invulling '${fa}' is weg; de standaard geldt weer.`,
      });
    out.push(...parameterChanges(n, parametersOf(before)[n], parametersOf(after)[n]));
  }
  return out;
}

function editChanges(n: number, a: AgreementEdit | undefined, b: AgreementEdit | undefined): NoteChange[] {
  const out: NoteChange[] = [];
  const textA = a?.text === undefined ? undefined : canonical([a.text, a.points ?? []]);
  const textB = b?.text === undefined ? undefined : canonical([b.text, b.points ?? []]);
  if (textA !== textB) {
    const text =
      textA === undefined
        ? `Afspraak ${n}: in eigen woorden gezet.`
        : textB === undefined
          ? `Afspraak ${n}: terug naar de tekst van de inspiratienota.`
          : `Afspraak ${n}: eigen tekst aangepast.`;
    out.push({ kind: 'wording', agreement: n, text });
  }
  if (!sameJson(a?.statements, b?.statements)) {
    const text =
      b?.statements === undefined
        ? `Afspraak ${n}: wie wat mag volgt weer de inspiratienota.`
        : `Afspraak ${n}: wie wat mag aangepast (${count(b.statements.length, 'regel', 'regels')}).`;
    out.push({ kind: 'wording', agreement: n, text });
  }
  out.push(...exampleChanges(`Afspraak ${n}`, n, a?.examples ?? [], b?.examples ?? []));
  return out;
}

function exampleChanges(name: string, n: number, a: readonly string[], b: readonly string[]): NoteChange[] {
  const added = b.filter((q) => !a.includes(q));
  const removed = a.filter((q) => !b.includes(q));
  const out: NoteChange[] = [];
  if (added.length)
    out.push({
      kind: 'examples',
      agreement: n,
      text: `${name}: ${count(added.length, 'voorbeeldvraag', 'voorbeeldvragen')} toegevoegd (${quoteList(added)}).`,
    });
  if (removed.length)
    out.push({
      kind: 'examples',
      agreement: n,
      text: `${name}: ${count(removed.length, 'voorbeeldvraag', 'voorbeeldvragen')} geschrapt (${quoteList(removed)}).`,
    });
  return out;
}

function parameterChanges(
  n: number,
  a: Record<string, unknown> = {},
  b: Record<string, unknown> = {},
): NoteChange[] {
  const out: NoteChange[] = [];
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  // Agreement 22 in the order of its document types; other parameters by name.
  const order = Object.keys(DOC_TYPE_PHRASES);
  names.sort((x, y) => rank(order, x) - rank(order, y) || x.localeCompare(y));
  for (const key of names) {
    const va = a[key];
    const vb = b[key];
    if (sameJson(va, vb)) continue;
    const what = n === 22 ? (DOC_TYPE_PHRASES[key] ?? key) : key;
    const word = (v: unknown) =>
      v === undefined ? 'de keuze van de inspiratienota' : (FORM_WORDS[String(v)] ?? String(v));
    const text =
      n === 22
        ? `Afspraak 22: ${word(vb)} voor ${what} (was ${word(va)}).`
        : `Afspraak ${n}: ${what} is nu ${word(vb)} (was ${word(va)}).`;
    out.push({ kind: 'parameter', agreement: n, text });
  }
  return out;
}

function ownAgreementChanges(a: readonly OwnAgreement[], b: readonly OwnAgreement[]): NoteChange[] {
  const before = new Map(a.map((x) => [x.number, x]));
  const after = new Map(b.map((x) => [x.number, x]));
  const numbers = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y);
  const out: NoteChange[] = [];
  for (const n of numbers) {
    const x = before.get(n);
    const y = after.get(n);
    if (!x && y) {
      out.push({
        kind: 'own',
        agreement: n,
        text: `Eigen afspraak ${n} toegevoegd in ${y.section}: "${excerpt(y.text)}".`,
      });
    } else if (x && !y) {
      out.push({ kind: 'own', agreement: n, text: `Eigen afspraak ${n} geschrapt ("${excerpt(x.text)}").` });
    } else if (x && y) {
      const { examples: ex, ...restX } = x;
      const { examples: ey, ...restY } = y;
      if (!sameJson(restX, restY)) {
        const moved = x.section !== y.section ? ` (nu in ${y.section})` : '';
        out.push({ kind: 'own', agreement: n, text: `Eigen afspraak ${n} aangepast${moved}.` });
      }
      out.push(...exampleChanges(`Eigen afspraak ${n}`, n, ex ?? [], ey ?? []));
    }
  }
  return out;
}

function peopleChanges(a: readonly Person[], b: readonly Person[]): NoteChange[] {
  const key = (p: Person) => p.name.trim().toLowerCase().replace(/\s+/g, ' ');
  const before = new Map(a.map((p) => [key(p), p]));
  const after = new Map(b.map((p) => [key(p), p]));
  const out: NoteChange[] = [];
  const add = (text: string) => out.push({ kind: 'people', text });
  for (const [k, p] of before) if (!after.has(k)) add(`${p.name} (${roleOf(p)}) staat niet meer in de nota.`);
  for (const [k, p] of after) {
    const old = before.get(k);
    if (!old) {
      const portfolio = p.portfolio.length ? `, bevoegd voor ${p.portfolio.join(', ')}` : '';
      add(`${p.name} toegevoegd als ${roleOf(p)}${portfolio}.`);
      continue;
    }
    if (old.role !== p.role || old.department !== p.department)
      add(`${p.name}: nu ${roleOf(p)} (was ${roleOf(old)}).`);
    if (!sameList(old.portfolio, p.portfolio))
      add(`${p.name}: bevoegdheden ${listOrNone(p.portfolio)} (was ${listOrNone(old.portfolio)}).`);
    if ((old.party ?? '') !== (p.party ?? ''))
      add(`${p.name}: partij ${p.party ?? 'geen'} (was ${old.party ?? 'geen'}).`);
    const contact = (['email', 'phone', 'mobile'] as const).filter((f) => (old[f] ?? '') !== (p[f] ?? ''));
    if (contact.length) {
      const words = { email: 'e-mail', phone: 'telefoon', mobile: 'gsm' };
      add(`${p.name}: ${contact.map((f) => words[f]).join(', ')} gewijzigd.`);
    }
  }
  return out;
}

function roleOf(p: Person): string {
  const label = personRoleLabel(p.role);
  return p.role === 'diensthoofd' && p.department ? `${label} ${p.department}` : label;
}

function agreementName(n: number): string {
  const entry = findAgreement(n);
  return entry ? `Afspraak ${n} (${entry.section.title})` : `Afspraak ${n}`;
}

function variantName(v: number | undefined): string {
  return v === undefined ? 'de hoofdtekst' : `variant ${v}`;
}

function parametersOf(org: Organisation): Record<number, Record<string, unknown>> {
  // Read loosely: agreements gain parameters over time and the history must still compare them.
  const p = (org.agreements as { parameters?: Record<string, Record<string, unknown>> }).parameters;
  return Object.fromEntries(Object.entries(p ?? {}).map(([k, v]) => [Number(k), v ?? {}]));
}

function keys(record: Record<number, unknown> | undefined): number[] {
  return Object.keys(record ?? {}).map(Number);
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function quoteList(items: readonly string[], max = 2): string {
  const shown = items.slice(0, max).map((q) => `"${excerpt(q, 50)}"`);
  return items.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

function listOrNone(items: readonly string[]): string {
  return items.length ? items.join(', ') : 'geen';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Equal as data: the order of an object's keys does not count (a database may reorder them). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}
