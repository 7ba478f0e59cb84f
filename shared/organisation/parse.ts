// Reads an organisation file (YAML text) into a checked Organisation, or into errors that each
// name the file, the line and the field. Pure: the caller reads the file.
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { findAgreement } from '../catalogue';
import { formatField, labelField, type OrganisationError } from './errors';
import { exampleWarnings } from './example-check';
import { checkFills, fillWarnings } from './fill-check';
import { nearest } from './nearest';
import {
  checkOwnAgreements,
  keepSectionsAsWritten,
  ownAgreementKeys,
  vocabularyField,
} from './own-agreements';
import { KNOWN_KEYS, organisationSchema } from './schema';
import type { Organisation } from './types';

export type ParseResult =
  | {
      ok: true;
      organisation: Organisation;
      /** Not wrong, but worth a look: a blank such as "(specifieer)" left open. */
      warnings?: OrganisationError[];
    }
  | { ok: false; errors: OrganisationError[] };

type Path = readonly PropertyKey[];

// Words people write for a role or kind that no typo distance finds.
const ROLE_ALIASES: Record<string, string> = {
  wethouder: 'schepen',
  burgervader: 'burgemeester',
  gemeentesecretaris: 'algemeen-directeur',
  secretaris: 'algemeen-directeur',
  stadssecretaris: 'algemeen-directeur',
  directeur: 'algemeen-directeur',
  'financieel-directeur': 'diensthoofd',
  communicatieambtenaar: 'communicatieverantwoordelijke',
  'diensthoofd-communicatie': 'communicatieverantwoordelijke',
  woordvoerder: 'communicatieverantwoordelijke',
  'voorzitter-gemeenteraad': 'gemeenteraadsvoorzitter',
  'voorzitter-van-de-gemeenteraad': 'gemeenteraadsvoorzitter',
  gemeenteraadslid: 'raadslid',
  'lid-gemeenteraad': 'raadslid',
  'voorzitter-bcsd': 'voorzitter-bijzonder-comite',
  'ocmw-voorzitter': 'voorzitter-bijzonder-comite',
  afdelingshoofd: 'diensthoofd',
  teamleider: 'diensthoofd',
};
const KIND_ALIASES: Record<string, string> = {
  lokaal_bestuur: 'gemeente',
  'lokaal-bestuur': 'gemeente',
  district: 'andere',
};

/**
 * Limits against files made to exhaust the reader: an organisation file nests at most six levels
 * (agreements.add[0].statements[0].objects[0]) and needs no aliases (*naam), so a handful is
 * plenty; a "billion laughs" file multiplies a few aliases into millions of values.
 */
export const YAML_LIMITS = { maxDepth: 20, maxAliasCount: 50 } as const;

const TOO_DEEP = `het bestand is te diep genest (meer dan ${YAML_LIMITS.maxDepth} niveaus); een afsprakennota heeft er hoogstens zes`;
const TOO_MANY_ALIASES =
  'het bestand verwijst te vaak naar andere delen met aliassen (*naam); schrijf de waarden gewoon uit';

export function parseOrganisation(text: string, fileName: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errorAt = (line: number, field: string, message: string): OrganisationError => ({
    file: fileName,
    line,
    field,
    message,
  });

  if (doc.errors.length) {
    // A file that is not valid YAML gets only its syntax errors: the schema would judge a broken
    // parse and add a dozen errors that go away with the one fix.
    return {
      ok: false,
      errors: rootYamlErrors(doc.errors).map((e) =>
        errorAt(
          e.linePos?.[0].line ?? 1,
          '',
          // The parser recurses per level: a file nested thousands deep overflows its stack.
          /call stack/i.test(e.message) ? TOO_DEEP : yamlMessage(e.code, e.message),
        ),
      ),
    };
  }
  const deep = deepestNode(doc.contents, YAML_LIMITS.maxDepth);
  if (deep) return { ok: false, errors: [errorAt(lineAt(lineCounter, deep), '', TOO_DEEP)] };
  keepSectionsAsWritten(doc, text);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, errors: [errorAt(firstAliasLine(doc, lineCounter), '', TOO_MANY_ALIASES)] };
  }
  if (data === null || data === undefined) {
    return { ok: false, errors: [errorAt(1, '', 'het bestand is leeg; begin met organisation: en name:')] };
  }
  const lineOf = (path: Path) => locate(doc, lineCounter, path);

  const errors: OrganisationError[] = [];
  const located = (path: Path, message: string): OrganisationError => {
    const label = labelField(path, data);
    return { ...errorAt(lineOf(path), formatField(path), message), ...(label ? { label } : {}) };
  };
  const report = (path: Path, message: string) => errors.push(located(path, message));

  const parsed = organisationSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      for (const { path, message } of describeIssue(issue)) report(path, message);
  }
  // The catalogue checks run on the raw data too, so one run reports every mistake in the file.
  const variants = checkAgreementChoices(data, report);
  checkPeople(data, report);
  checkOwnAgreements(data, report);
  checkFills(data, report);

  if (!parsed.success || errors.length) return { ok: false, errors: sortErrors(errors) };
  const { add, edit, fill, parameters } = parsed.data.agreements;
  const organisation: Organisation = {
    ...parsed.data,
    agreements: {
      omit: parsed.data.agreements.omit,
      variants,
      // Only present when used, so files without own agreements read exactly as before.
      ...(add?.length ? { add } : {}),
      ...(edit && Object.keys(edit).length ? { edit: editsByNumber(edit) } : {}),
      ...(fill && Object.keys(fill).length ? { fill: editsByNumber(fill) } : {}),
      ...(parameters && Object.keys(parameters).length ? { parameters } : {}),
    },
  };
  const warnings: OrganisationError[] = [];
  fillWarnings(organisation, (path, message) => warnings.push(located(path, message)));
  exampleWarnings(organisation, (path, message) => warnings.push(located(path, message)));
  return { ok: true, organisation, warnings: sortErrors(warnings) };
}

type Report = (path: Path, message: string) => void;

function editsByNumber<T>(edit: Record<string, T>): Record<number, T> {
  return Object.fromEntries(Object.entries(edit).map(([k, v]) => [Number(k), v]));
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Omit and variants must name agreements and variants the catalogue has (CONTRACT §1). */
function checkAgreementChoices(data: unknown, report: Report): Record<number, number> {
  const choices = field(data, 'agreements');
  const omit = field(choices, 'omit');
  const variants = field(choices, 'variants');
  const omitted = new Set<number>();
  if (Array.isArray(omit)) {
    omit.forEach((n: unknown, i) => {
      if (typeof n !== 'number' || !Number.isInteger(n)) return; // the schema reports the type
      if (!findAgreement(n))
        report(['agreements', 'omit', i], `afspraak ${n} bestaat niet; de catalogus telt afspraken 1 tot 87`);
      else if (omitted.has(n)) report(['agreements', 'omit', i], `afspraak ${n} staat twee keer in omit`);
      omitted.add(n);
    });
  }
  const chosen: Record<number, number> = {};
  if (typeof variants !== 'object' || variants === null || Array.isArray(variants)) return chosen;
  for (const [key, variant] of Object.entries(variants as Record<string, unknown>)) {
    const path = ['agreements', 'variants', key];
    const n = /^\d+$/.test(key.trim()) ? Number(key) : NaN;
    const entry = Number.isNaN(n) ? undefined : findAgreement(n);
    if (Number.isNaN(n)) report(path, `'${key}' is geen afspraaknummer; schrijf bv. 36: 1`);
    else if (!entry) report(path, `afspraak ${n} bestaat niet; de catalogus telt afspraken 1 tot 87`);
    else if (!entry.agreement.variants.length) report(path, `afspraak ${n} heeft geen varianten`);
    else if (typeof variant !== 'number' || !Number.isInteger(variant) || variant < 1)
      continue; // schema reports it
    else if (variant > entry.agreement.variants.length) {
      const count = entry.agreement.variants.length;
      const has = count === 1 ? 'enkel variant 1' : `enkel variant 1 tot ${count}`;
      report(path, `afspraak ${n} heeft ${has}, geen variant ${variant}`);
    } else if (omitted.has(n))
      report(path, `afspraak ${n} staat ook in omit; kies een variant of laat de afspraak weg, niet beide`);
    else chosen[n] = variant;
  }
  return chosen;
}

/** One person, one entry, and one burgemeester: duplicates make signatures and replies ambiguous. */
function checkPeople(data: unknown, report: Report): void {
  const people = field(data, 'people');
  if (!Array.isArray(people)) return;
  const byName = new Map<string, number>();
  let mayor: number | undefined;
  people.forEach((p: unknown, i) => {
    const name = field(p, 'name');
    const role = field(p, 'role');
    if (typeof name === 'string' && name.trim()) {
      const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
      const first = byName.get(key);
      if (first !== undefined)
        report(['people', i, 'name'], `'${name.trim()}' staat al in de lijst als persoon ${first + 1}`);
      else byName.set(key, i);
    }
    if (typeof role === 'string' && role.trim().toLowerCase() === 'burgemeester') {
      if (mayor !== undefined) {
        const first = String(field(people[mayor], 'name') ?? '');
        report(['people', i, 'role'], `er is al een burgemeester: ${first} (persoon ${mayor + 1})`);
      } else mayor = i;
    }
  });
}

// The yaml package's messages are English; the common ones get a Dutch explanation.
const YAML_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok',
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  BAD_INDENT: 'de inspringing klopt niet; zet velden van hetzelfde blok even ver naar rechts',
  MISSING_CHAR: 'er ontbreekt een afsluitend teken, zoals ] of } of een aanhalingsteken',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam moet op één regel staan, gevolgd door een dubbele punt',
  BLOCK_AS_IMPLICIT_KEY: 'de inspringing klopt niet of er ontbreekt een dubbele punt',
  UNEXPECTED_TOKEN: 'onverwacht teken; controleer de dubbele punten en de inspringing',
};

/**
 * The syntax errors worth reading. One tab or one missing colon makes the yaml parser report
 * every following line of the block as well; only the first error is the cause. Tabs and
 * duplicate keys stand on their own (each needs its own fix), so all of those are kept, one per line.
 */
/** The first node deeper than `max` collections, found without recursion (the file may be deep). */
function deepestNode(root: unknown, max: number): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= max) return node;
      for (const item of node.items as unknown[]) {
        if (isMap(node)) {
          const pair = item as { key: unknown; value: unknown };
          stack.push([pair.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

function lineAt(lineCounter: LineCounter, node: Node): number {
  return node.range ? lineCounter.linePos(node.range[0]).line : 1;
}

/** Where the first alias (*naam) stands: the place to start reading an alias bomb. */
function firstAliasLine(doc: Document, lineCounter: LineCounter): number {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

function rootYamlErrors(errors: readonly YAMLError[]): YAMLError[] {
  const byPosition = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const independent = byPosition.filter((e) => e.code === 'TAB_AS_INDENT' || e.code === 'DUPLICATE_KEY');
  const chosen = independent.length ? independent : byPosition.slice(0, 1);
  const seenLines = new Set<number>();
  return chosen.filter((e) => {
    const line = e.linePos?.[0].line ?? 1;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
}

function yamlMessage(code: string, english: string): string {
  const detail = english.split('\n')[0].replace(/ at line \d+.*$/, '');
  // An unclosed [ or { is reported as an indentation problem; name the missing bracket instead.
  const unclosed = /end with an? ([\]}])/.exec(detail);
  if (unclosed) return `ongeldige YAML: er ontbreekt een afsluitende ${unclosed[1]}`;
  return `ongeldige YAML: ${YAML_MESSAGES[code] ?? detail}`;
}

function sortErrors(errors: OrganisationError[]): OrganisationError[] {
  return errors.sort((a, b) => a.line - b.line);
}

/** Dutch message(s) for one zod issue; unrecognised keys give one message per key, at the key. */
function describeIssue(issue: z.core.$ZodIssue): { path: Path; message: string }[] {
  const path = issue.path;
  const input = (issue as { input?: unknown }).input;
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return [{ path, message: 'dit veld ontbreekt en is verplicht' }];
      if ((last === 'phone' || last === 'mobile') && typeof input === 'number')
        return [
          {
            path,
            message: `zet het nummer tussen aanhalingstekens ("0${input}"), anders valt de eerste 0 weg`,
          },
        ];
      return [{ path, message: `verwacht ${typeName(issue.expected)}, maar vond ${describeValue(input)}` }];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const value = String(input);
      const vocabulary = vocabularyField(path);
      const what = last === 'role' ? 'rol' : last === 'kind' ? 'soort organisatie' : 'waarde';
      const unknown = vocabulary?.unknown ?? `geen gekende ${what}`;
      const aliases =
        vocabulary?.aliases ?? (last === 'role' ? ROLE_ALIASES : last === 'kind' ? KIND_ALIASES : {});
      const guess = nearest(value, values, aliases);
      const hint = guess ? `bedoel je '${guess}'?` : `kies uit: ${values.join(', ')}`;
      return [{ path, message: `'${value}' is ${unknown}; ${hint}` }];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(path);
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        const hint = guess ? `bedoel je '${guess}'?` : `gekende velden: ${known.join(', ')}`;
        return { path: [...path, key], message: `onbekend veld '${key}'; ${hint}` };
      });
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ path, message: 'mag niet leeg zijn' }];
      return [{ path, message: `moet minstens ${String(issue.minimum)} zijn` }];
    case 'invalid_format':
      if (issue.format === 'email')
        return [{ path, message: `'${String(input)}' is geen geldig e-mailadres` }];
      return [{ path, message: `'${String(input)}' heeft niet de juiste vorm` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function knownKeys(path: Path): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS[''];
  if (path[0] === 'people') return KNOWN_KEYS.person;
  const own = ownAgreementKeys(path);
  if (own) return own;
  if (path[0] === 'agreements' && path[1] === 'parameters')
    return KNOWN_KEYS[path.length >= 3 ? `parameters.${String(path[2])}` : 'parameters'] ?? [];
  return KNOWN_KEYS[String(path[0])] ?? [];
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    array: 'een lijst (- item of [a, b])',
    object: 'velden (naam: waarde)',
    record: 'velden (naam: waarde)',
    boolean: 'ja of nee (true/false)',
  };
  return names[expected] ?? expected;
}

function describeValue(v: unknown): string {
  if (v === null) return 'niets';
  if (Array.isArray(v)) return 'een lijst';
  if (typeof v === 'object') return 'velden';
  if (typeof v === 'number') return `het getal ${v}`;
  if (typeof v === 'boolean') return String(v);
  return `'${String(v)}'`;
}

/**
 * The 1-based line of the deepest node on `path` that exists in the YAML. A map entry is located at
 * its key (the line a person reads as "the field"); a missing field at its parent.
 */
function locate(doc: Document, lineCounter: LineCounter, path: Path): number {
  let node: unknown = doc.contents;
  let at: Node | null = isNodeWithRange(node) ? node : null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (isNodeWithRange(pair.key)) at = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (!isNodeWithRange(item)) break;
      at = item;
      node = item;
    } else break;
  }
  const offset = at?.range?.[0];
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

function isNodeWithRange(n: unknown): n is Node {
  return typeof n === 'object' && n !== null && 'range' in n && Array.isArray((n as Node).range);
}
