// An Organisation object written back as an organisation file (YAML): the export of a stored
// version and the seed that `afspraak validate` and ORG_FILE accept again. Fields in the order the
// README explains them; optional fields only when set; a plain point as a plain line.
import { Document, isScalar, Scalar, visit } from 'yaml';
import type { Point } from '../catalogue/types';
import type { Organisation, OwnAgreement } from './types';

/** Preferred order of `agreements`' fields; fields added later follow in their own order. */
const AGREEMENT_KEYS = ['omit', 'variants', 'fill', 'parameters', 'edit', 'add'];

export function organisationYaml(org: Organisation, header: readonly string[] = []): string {
  const agreements = org.agreements as unknown as Record<string, unknown>;
  const orderedAgreements: Record<string, unknown> = {};
  const keys = [
    ...AGREEMENT_KEYS.filter((k) => k in agreements),
    ...Object.keys(agreements).filter((k) => !AGREEMENT_KEYS.includes(k)),
  ];
  for (const key of keys) {
    const value = agreements[key];
    if (value === undefined) continue;
    if (key === 'add') orderedAgreements.add = (value as OwnAgreement[]).map(ownAgreement);
    else if (key === 'edit') orderedAgreements.edit = mapValues(value as Record<string, object>, edit);
    else orderedAgreements[key] = value;
  }
  const doc = clean({
    organisation: org.organisation,
    communicatiedienst: org.communicatiedienst,
    parties: org.parties,
    people: org.people.map((p) => clean({ ...p, portfolio: p.portfolio.length ? p.portfolio : undefined })),
    agreements: orderedAgreements,
  });
  const comments = header.map((line) => `# ${line}`.trimEnd()).join('\n');
  const yaml = new Document(doc);
  // Phone numbers in quotes, as the README asks: a number without them loses its leading 0.
  visit(yaml, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if ((key === 'phone' || key === 'mobile') && isScalar(pair.value))
        pair.value.type = Scalar.QUOTE_SINGLE;
    },
  });
  const body = yaml.toString({ lineWidth: 100 });
  return comments ? `${comments}\n\n${body}` : body;
}

function ownAgreement(a: OwnAgreement): Record<string, unknown> {
  return clean({
    number: a.number,
    section: a.section,
    subsection: a.subsection,
    text: a.text,
    points: a.points.length ? a.points.map(point) : undefined,
    statements: a.statements.length ? a.statements : undefined,
    examples: a.examples,
  });
}

function edit(e: object): Record<string, unknown> {
  const x = e as { text?: string; points?: Point[]; statements?: unknown[]; examples?: string[] };
  return clean({
    text: x.text,
    points: x.points?.map(point),
    statements: x.statements,
    examples: x.examples,
  });
}

function point(p: Point): string | Point {
  return p.title ? p : p.text;
}

function mapValues<T, U>(record: Record<string, T>, fn: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}

/** Drops undefined fields so the file shows only what is set. */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
