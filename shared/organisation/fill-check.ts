// Checks `agreements.fill` (placeholders.ts): errors for numbers that name no adopted agreement,
// warnings (not errors) for a blank left open or a fill with nothing to fill. A blank left open
// is shown as the catalogue writes it, so the file still works; the warning says what to add.
import { findAgreement } from '../catalogue';
import { effectiveOrganisation } from './effective';
import { FIRST_OWN_NUMBER } from './own-agreements';
import { defaultFills, findBlanks } from './placeholders';
import type { Organisation } from './types';

type Path = readonly PropertyKey[];
type Report = (path: Path, message: string) => void;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Errors in `agreements.fill` that the schema cannot see. */
export function checkFills(data: unknown, report: Report): void {
  const choices = field(data, 'agreements');
  const fill = field(choices, 'fill');
  if (!fill || typeof fill !== 'object' || Array.isArray(fill)) return;
  const omit = field(choices, 'omit');
  const omitted = new Set(Array.isArray(omit) ? omit : []);
  const add = field(choices, 'add');
  const own = new Set(Array.isArray(add) ? add.map((a) => field(a, 'number')) : []);
  for (const key of Object.keys(fill)) {
    const path = ['agreements', 'fill', key];
    const n = /^\d+$/.test(key.trim()) ? Number(key) : NaN;
    if (Number.isNaN(n))
      report(path, `'${key}' is geen afspraaknummer; schrijf bv. 13: de dienst Burgerzaken`);
    else if (n >= FIRST_OWN_NUMBER && !own.has(n))
      report(path, `afspraak ${n} staat niet bij je eigen afspraken (add)`);
    else if (n < FIRST_OWN_NUMBER && !findAgreement(n))
      report(path, `afspraak ${n} bestaat niet; de catalogus telt afspraken 1 tot 87`);
    else if (omitted.has(n)) report(path, `afspraak ${n} staat ook in omit; er valt niets in te vullen`);
  }
}

/** Where a person edits the text of agreement `n`: its variant, its own wording, or its add entry. */
function textPath(org: Organisation, n: number): Path {
  if (org.agreements.variants[n]) return ['agreements', 'variants', String(n)];
  if (org.agreements.edit?.[n]) return ['agreements', 'edit', String(n)];
  const i = org.agreements.add?.findIndex((a) => a.number === n) ?? -1;
  if (i >= 0) return ['agreements', 'add', i];
  return ['agreements'];
}

/** Blanks left open in the adopted texts, and fills that have nothing to fill. */
export function fillWarnings(org: Organisation, report: Report): void {
  const open = effectiveOrganisation(org, { fill: false });
  const fills = { ...defaultFills(org.organisation.name), ...org.agreements.fill };
  for (const a of open.agreements) {
    const blanks = findBlanks(a.text);
    if (!blanks.length) continue;
    if (fills[a.number]) continue;
    report(
      textPath(org, a.number),
      `afspraak ${a.number} bevat nog '${blanks[0]}' en toont dat zo; ` +
        `vul in wat er moet staan onder agreements, bv. fill: { ${a.number}: '…' }`,
    );
  }
  for (const key of Object.keys(org.agreements.fill ?? {})) {
    const a = open.byNumber.get(Number(key));
    if (!a || findBlanks(a.text).length) continue;
    // "13: …" without the variant that has the blank: say which variant has it.
    const withBlank = findAgreement(a.number)?.agreement.variants.find((v) => findBlanks(v.text).length);
    const hint =
      withBlank && a.variant !== withBlank.number
        ? `; enkel variant ${withBlank.number} heeft iets om in te vullen (kies ze onder variants)`
        : '';
    report(
      ['agreements', 'fill', key],
      `afspraak ${key} heeft ${a.variant ? `in variant ${a.variant} ` : ''}niets om in te vullen, ` +
        `deze regel verandert niets${hint}`,
    );
  }
}
