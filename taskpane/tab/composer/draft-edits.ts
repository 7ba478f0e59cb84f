// The composer's edits to a draft note, as pure functions from one Organisation object to the next
// (never mutating the one given, so React sees a new value and the old one stays for "before").
// They keep the combinations validate refuses from arising: a wording replaces a variant, an
// omitted agreement keeps no variant, wording or fill.
import type { AddressDocType, AddressForm } from '../../../shared/organisation/parameters';
import type { AgreementEdit, Organisation, OwnAgreement, Person } from '../../../shared/organisation/types';
import type { FieldMessage } from '../note-types';

type Agreements = Organisation['agreements'];

function withAgreements(org: Organisation, change: (a: Agreements) => Agreements): Organisation {
  return { ...org, agreements: change({ ...org.agreements }) };
}

/** A number-keyed map without one key; undefined when it ends up empty (absent in the file). */
function without<T>(map: Record<number, T> | undefined, n: number): Record<number, T> | undefined {
  if (!map || !(n in map)) return map;
  const { [n]: _gone, ...rest } = map;
  return Object.keys(rest).length ? rest : undefined;
}

function set<K extends keyof Agreements>(
  a: Agreements,
  key: K,
  value: Agreements[K] | undefined,
): Agreements {
  const out = { ...a };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

export function setAdopted(org: Organisation, n: number, adopted: boolean): Organisation {
  return withAgreements(org, (a) => {
    const omit = new Set(a.omit);
    if (adopted) omit.delete(n);
    else omit.add(n);
    let next: Agreements = { ...a, omit: [...omit].sort((x, y) => x - y) };
    if (!adopted) {
      // validate refuses a variant, a wording or a fill for an agreement that is not adopted.
      next = { ...next, variants: without(next.variants, n) ?? {} };
      next = set(next, 'edit', without(next.edit, n));
      next = set(next, 'fill', without(next.fill, n));
    }
    return next;
  });
}

/** null = the main text. */
export function setVariant(org: Organisation, n: number, variant: number | null): Organisation {
  return withAgreements(org, (a) => ({
    ...a,
    variants: variant === null ? (without(a.variants, n) ?? {}) : { ...a.variants, [n]: variant },
  }));
}

/**
 * The agreement in the organisation's own words; undefined goes back to the catalogue's text. A
 * wording replaces the variant (validate refuses both), and keeps the examples already given.
 */
export function setWording(org: Organisation, n: number, text: string | undefined): Organisation {
  return withAgreements(org, (a) => {
    const current: AgreementEdit = a.edit?.[n] ?? {};
    const { text: _old, points: _points, ...kept } = current;
    const entry: AgreementEdit = text === undefined ? kept : { ...kept, text, points: [] };
    const edit = Object.keys(entry).length ? { ...a.edit, [n]: entry } : without(a.edit, n);
    const next = text === undefined ? a : { ...a, variants: without(a.variants, n) ?? {} };
    return set(next, 'edit', edit);
  });
}

export function setFill(org: Organisation, n: number, words: string): Organisation {
  return withAgreements(org, (a) =>
    set(a, 'fill', words.trim() ? { ...a.fill, [n]: words } : without(a.fill, n)),
  );
}

/** Agreement 22: je or u for one document type. */
export function setAddressForm(org: Organisation, type: AddressDocType, form: AddressForm): Organisation {
  return withAgreements(org, (a) => ({
    ...a,
    parameters: { ...a.parameters, 22: { ...a.parameters?.[22], [type]: form } },
  }));
}

/** Adds the own agreement, or replaces the one with its number. */
export function putOwnAgreement(org: Organisation, own: OwnAgreement): Organisation {
  return withAgreements(org, (a) => {
    const list = a.add ?? [];
    const at = list.findIndex((x) => x.number === own.number);
    return { ...a, add: at < 0 ? [...list, own] : list.map((x, i) => (i === at ? own : x)) };
  });
}

export function removeOwnAgreement(org: Organisation, number: number): Organisation {
  return withAgreements(org, (a) =>
    set(
      a,
      'add',
      (a.add ?? []).filter((x) => x.number !== number),
    ),
  );
}

/** The next free number for an own agreement (1000 and up). */
export function nextOwnNumber(org: Organisation): number {
  return Math.max(999, ...(org.agreements.add ?? []).map((a) => a.number)) + 1;
}

export function setPeople(org: Organisation, people: Person[]): Organisation {
  return { ...org, people };
}

/**
 * The server's messages for one field and what lies under it ('people[2]' also gets
 * 'people[2].role'), so a form shows each mistake where it was made.
 */
export function messagesAt(fields: readonly FieldMessage[], path: string): string[] {
  return fields
    .filter((f) => f.field === path || f.field.startsWith(`${path}.`) || f.field.startsWith(`${path}[`))
    .map((f) => f.message);
}
