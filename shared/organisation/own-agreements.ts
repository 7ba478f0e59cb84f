// The organisation's own agreements (`agreements.add`, numbered from 1000) and its own wording of
// catalogue agreements (`agreements.edit`): the "add" and "vary" of the inspiration note's promise
// that each organisation picks, varies and adds (CONTRACT §1: own agreements get ids >= 1000).
// Statements use the catalogue's vocabulary and roles, so ask ranks them like the catalogue's.
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { ACTIONS, findAgreement, OBJECTS, ROLE_LABELS, sections, type Modality } from '../catalogue';
import { ACTION_ROWS, OBJECT_ROWS, ROLE_ROWS, type LexiconRow } from '../language/lexicon';
import { normalise } from '../language/normalise';

/** Own agreements start here; the catalogue numbers 1 to 87. */
export const FIRST_OWN_NUMBER = 1000;
/** Links to an agreement (shared/links.ts) carry at most four digits. */
export const LAST_OWN_NUMBER = 9999;

export const MODALITIES = [
  'mag',
  'mag-niet',
  'mag-mits',
  'moet',
  'info',
] as const satisfies readonly Modality[];

const ROLE_IDS = Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[];
const ACTION_IDS = Object.keys(ACTIONS) as (keyof typeof ACTIONS)[];
const OBJECT_IDS = Object.keys(OBJECTS) as (keyof typeof OBJECTS)[];

const fold = (s: string) =>
  normalise(s)
    .trim()
    .replace(/[\s_]+/g, '-');

/**
 * Accepts an id as written in the vocabulary or its Dutch label ('vraag van de pers' for
 * 'persvraag', 'algemeen directeur' for 'algemeen-directeur'): the person writing the file reads
 * labels in `afspraak show`, so both must work.
 */
function vocabularyId<const T extends string>(
  ids: readonly T[],
  labels: Record<string, string>,
  synonyms: Record<string, T> = {},
) {
  const byLabel = new Map<string, string>(Object.entries(synonyms).map(([w, id]) => [fold(w), id]));
  for (const id of ids) byLabel.set(fold(labels[id]), id);
  return z
    .string()
    .transform((s) => {
      const f = fold(s);
      // An unknown value stays as written, so the error quotes the person's own words.
      return (ids as readonly string[]).includes(f) ? f : (byLabel.get(f) ?? s.trim());
    })
    .pipe(z.enum(ids));
}

const labelsOf = (table: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(table).map(([id, e]) => [id, e.label]));

const role = vocabularyId(ROLE_IDS, ROLE_LABELS);
const action = vocabularyId(ACTION_IDS, labelsOf(ACTIONS));
const object = vocabularyId(OBJECT_IDS, labelsOf(OBJECTS));
const modality = vocabularyId(
  MODALITIES,
  { mag: 'mag', 'mag-niet': 'mag niet', 'mag-mits': 'mag mits', moet: 'moet', info: 'info' },
  // The words `afspraak show` prints for each modality (shared/catalogue/describe.ts).
  {
    'mag, onder voorwaarden': 'mag-mits',
    'mag onder voorwaarden': 'mag-mits',
    'is verantwoordelijk': 'info',
  },
);

const text = z.string().trim().min(1);

const statement = z.strictObject({
  actor: role,
  modality,
  action,
  objects: z.array(object).default([]),
  conditions: z.array(text).optional(),
  involve: z.array(role).optional(),
  summary: text,
});

// A point is usually written as a plain line; `{ title, text }` gives it a bold title like 30 or 32.
const point = z.preprocess(
  (v) => (typeof v === 'string' ? { text: v } : v),
  z.strictObject({ title: text.optional(), text }),
);

export const ownAgreementSchema = z.strictObject({
  number: z.number().int(),
  section: text,
  subsection: text.optional(),
  text,
  points: z.array(point).default([]),
  statements: z.array(statement).default([]),
  examples: z.array(text).optional(),
});

export const agreementEditSchema = z.strictObject({
  text: text.optional(),
  points: z.array(point).optional(),
  statements: z.array(statement).optional(),
  examples: z.array(text).optional(),
});

/** Field names for "bedoel je …?" on an unknown field, per kind of object. */
export const OWN_AGREEMENT_KEYS = {
  add: Object.keys(ownAgreementSchema.shape),
  edit: Object.keys(agreementEditSchema.shape),
  statement: Object.keys(statement.shape),
  point: ['title', 'text'],
} as const;

/** Which key list applies to an unknown field at `path` under agreements.add or agreements.edit. */
export function ownAgreementKeys(path: readonly PropertyKey[]): readonly string[] | undefined {
  if (path[0] !== 'agreements' || (path[1] !== 'add' && path[1] !== 'edit')) return undefined;
  if (path.length === 2) return undefined;
  if (path.length === 3) return OWN_AGREEMENT_KEYS[path[1]];
  if (path[3] === 'statements') return OWN_AGREEMENT_KEYS.statement;
  if (path[3] === 'points') return OWN_AGREEMENT_KEYS.point;
  return undefined;
}

/**
 * For "'krant' is geen gekend object of kanaal; bedoel je 'pers'?": the words the ask lexicon maps
 * onto each id (krant -> pers, Facebook -> sociale-media, wethouder -> schepen) are the
 * suggestions that no typo distance finds. Undefined outside a statement's vocabulary fields.
 */
export function vocabularyField(
  path: readonly PropertyKey[],
): { unknown: string; aliases: Record<string, string> } | undefined {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  switch (named) {
    case 'actor':
    case 'involve':
      return { unknown: 'geen gekende rol', aliases: { ...lexiconWords('role', ROLE_ROWS), ...ROLE_WORDS } };
    case 'action':
      return { unknown: 'geen gekende actie', aliases: lexiconWords('action', ACTION_ROWS) };
    case 'objects':
      return { unknown: 'geen gekend object of kanaal', aliases: lexiconWords('object', OBJECT_ROWS) };
    case 'modality':
      return { unknown: 'geen gekende modaliteit', aliases: {} };
    default:
      return undefined;
  }
}

// Words for roles from outside Flanders or from other files that the lexicon does not carry.
const ROLE_WORDS: Record<string, string> = {
  wethouder: 'schepen',
  burgervader: 'burgemeester',
  gemeentesecretaris: 'algemeen-directeur',
  secretaris: 'algemeen-directeur',
  directeur: 'algemeen-directeur',
};

const lexiconCache = new Map<string, Record<string, string>>();

function lexiconWords(kind: string, rows: readonly LexiconRow[]): Record<string, string> {
  let words = lexiconCache.get(kind);
  if (!words) {
    words = {};
    // The first row that names a word wins: rows list a word's main meaning first.
    for (const row of rows) for (const term of row.terms) words[fold(term)] ??= row.id;
    lexiconCache.set(kind, words);
  }
  return words;
}

type Report = (path: readonly PropertyKey[], message: string) => void;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;

const SECTION_IDS = sections.map((s) => s.id);

/**
 * YAML reads `section: 5.10` as the number 5.1. The section is taken as written instead, so the
 * person writing the file needs no quotes and never lands in the wrong section.
 */
export function keepSectionsAsWritten(doc: Document, source: string): void {
  const agreements = isMap(doc.contents) ? doc.contents.get('agreements', true) : undefined;
  const add = isMap(agreements) ? agreements.get('add', true) : undefined;
  if (!isSeq(add)) return;
  for (const item of add.items) {
    const section = isMap(item) ? item.get('section', true) : undefined;
    if (isScalar(section) && typeof section.value === 'number' && section.range)
      section.value = source.slice(section.range[0], section.range[1]).trim();
  }
}

/**
 * What the schema cannot see: numbers from 1000 and unique, sections that exist, edits of
 * agreements that exist and are adopted, and no edited text together with a chosen variant.
 */
export function checkOwnAgreements(data: unknown, report: Report): void {
  const choices = field(data, 'agreements');
  const add = field(choices, 'add');
  const edit = field(choices, 'edit');
  const omit = field(choices, 'omit');
  const variants = field(choices, 'variants');
  const omitted = new Set(Array.isArray(omit) ? omit : []);
  const chosen = new Set(
    variants && typeof variants === 'object' ? Object.keys(variants).map((k) => Number(k)) : [],
  );

  if (Array.isArray(add)) {
    const seen = new Map<number, number>();
    add.forEach((a: unknown, i) => {
      const number = field(a, 'number');
      if (typeof number === 'number' && Number.isInteger(number)) {
        const first = seen.get(number);
        if (number < FIRST_OWN_NUMBER)
          report(
            ['agreements', 'add', i, 'number'],
            `eigen afspraken krijgen een nummer vanaf ${FIRST_OWN_NUMBER}; 1 tot 87 zijn de afspraken van de catalogus` +
              (findAgreement(number)
                ? ` (wil je afspraak ${number} anders verwoorden, gebruik dan edit)`
                : ''),
          );
        else if (number > LAST_OWN_NUMBER)
          report(
            ['agreements', 'add', i, 'number'],
            `kies een nummer van ${FIRST_OWN_NUMBER} tot ${LAST_OWN_NUMBER}, zodat links naar de afspraak werken`,
          );
        else if (first !== undefined)
          report(['agreements', 'add', i, 'number'], `afspraak ${number} staat al in add[${first}]`);
        else seen.set(number, i);
      }
      const section = field(a, 'section');
      if (typeof section === 'string' && section.trim() && !SECTION_IDS.includes(section.trim()))
        report(
          ['agreements', 'add', i, 'section'],
          `hoofdstuk '${section.trim()}' bestaat niet; kies een hoofdstuk van de catalogus: ${sectionList()}`,
        );
    });
  }

  if (edit && typeof edit === 'object' && !Array.isArray(edit)) {
    for (const [key, change] of Object.entries(edit as Record<string, unknown>)) {
      const path = ['agreements', 'edit', key];
      const n = /^\d+$/.test(key.trim()) ? Number(key) : NaN;
      if (Number.isNaN(n))
        report(path, `'${key}' is geen afspraaknummer; schrijf bv. 45: met daaronder text:`);
      else if (n >= FIRST_OWN_NUMBER)
        report(path, `afspraak ${n} is een eigen afspraak; pas haar tekst aan onder add, niet onder edit`);
      else if (!findAgreement(n))
        report(path, `afspraak ${n} bestaat niet; de catalogus telt afspraken 1 tot 87`);
      else if (omitted.has(n))
        report(path, `afspraak ${n} staat ook in omit; verwoord ze anders of laat ze weg, niet beide`);
      else if (change && typeof change === 'object' && !Array.isArray(change)) {
        const has = (k: string) => field(change, k) !== undefined;
        if (!has('text') && !has('statements') && !has('points') && !has('examples'))
          report(path, 'geef een eigen text:, statements: of examples:; nu verandert er niets');
        else if (has('points') && !has('text'))
          report([...path, 'points'], 'points horen bij een eigen tekst; geef ook text:');
        else if (has('text') && chosen.has(n))
          report(
            [...path, 'text'],
            `voor afspraak ${n} is ook een variant gekozen; kies de variant of schrijf een eigen tekst, niet beide`,
          );
      }
    }
  }
}

function sectionList(): string {
  return sections.map((s) => `${s.id} (${s.title})`).join(', ');
}
