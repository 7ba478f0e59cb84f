// The agreements as this organisation adopted it: the catalogue minus `omit`, with the chosen
// variant's text and statements in place of the main text (CONTRACT §1), the organisation's own
// wording where it edited one, and its own agreements (>= 1000) after the catalogue's in their section.
// Blanks such as "(specifieer)" are filled here (`agreements.fill`), so every consumer gets the text
// the organisation means.
import { catalogueEntries, renderText, sections, type Agreement, type Section } from '../catalogue';
import { addressFormOf, noteParameters, withAddressForms } from './parameters';
import { defaultFills, fillBlanks } from './placeholders';
import type {
  AgreementEdit,
  EffectiveAgreement,
  EffectiveOrganisation,
  Organisation,
  OwnAgreement,
} from './types';

export interface EffectiveOptions {
  /** False to keep the blanks as the catalogue writes them (for validate's warnings). */
  fill?: boolean;
}

export function effectiveOrganisation(
  org: Organisation,
  options: EffectiveOptions = {},
): EffectiveOrganisation {
  const omit = new Set(org.agreements.omit);
  const bySection = new Map<string, EffectiveAgreement[]>(sections.map((s) => [s.id, []]));
  for (const { agreement: a, section } of catalogueEntries()) {
    if (omit.has(a.number)) continue;
    const edit = org.agreements.edit?.[a.number];
    const adopted = adopt(a, section, org.agreements.variants[a.number]);
    const worded = edit ? applyEdit(adopted, edit) : adopted;
    bySection.get(section.id)!.push(withParameters(worded, org, edit));
  }
  const own = [...(org.agreements.add ?? [])].sort((x, y) => x.number - y.number);
  for (const o of own) {
    const section = sections.find((s) => s.id === o.section);
    const list = section && bySection.get(section.id);
    if (section && list) insertOwn(list, added(o, section));
  }
  const fills =
    options.fill === false ? {} : { ...defaultFills(org.organisation.name), ...org.agreements.fill };
  const agreements = sections
    .flatMap((s) => bySection.get(s.id) ?? [])
    .map((a) => filled(a, fills[a.number]));
  const byNumber = new Map(agreements.map((a) => [a.number, a]));
  return {
    organisation: org,
    agreements,
    byNumber,
    omitted: [...omit].sort((x, y) => x - y),
    parameters: noteParameters(org, byNumber),
  };
}

/**
 * The agreement with what the organisation set as its parameters written into its text and
 * statements (only 22 has any today): its own wording of the text stays, its statements follow.
 */
function withParameters(a: EffectiveAgreement, org: Organisation, edit: AgreementEdit | undefined) {
  if (a.number !== 22 || !org.agreements.parameters?.[22]) return a;
  return withAddressForms(a, addressFormOf(org), edit?.text !== undefined);
}

function adopt(a: Agreement, section: Section, chosen: number | undefined): EffectiveAgreement {
  const base = {
    number: a.number,
    section: { id: section.id, title: section.title },
    ...(a.subsection ? { subsection: a.subsection } : {}),
    // Section-wide "Meer lezen" topics apply to each of its agreements.
    readMore: [...new Set([...a.readMore, ...section.readMore])],
    origin: 'catalogue' as const,
  };
  const variant = chosen ? a.variants.find((v) => v.number === chosen) : undefined;
  if (variant) {
    return {
      ...base,
      variant: variant.number,
      variantLabel: variant.label,
      lead: variant.text,
      points: [],
      text: variant.text,
      statements: variant.statements,
      ...(variant.noStatements ? { noStatements: variant.noStatements } : {}),
    };
  }
  return {
    ...base,
    variant: null,
    lead: a.lead,
    points: a.points,
    ...(a.tail ? { tail: a.tail } : {}),
    text: renderText(a.lead, a.points, a.tail),
    statements: a.statements,
    ...(a.noStatements ? { noStatements: a.noStatements } : {}),
  };
}

/**
 * The organisation's wording replaces the whole text (lead, points and closing paragraph). A new
 * text without statements keeps the catalogue's statements: a rewording is taken to say the same
 * thing, and dropping them would silently take the agreement out of the bot's answers.
 */
function applyEdit(a: EffectiveAgreement, edit: AgreementEdit): EffectiveAgreement {
  // Example questions alone leave the agreement as the catalogue has it: only a new text or new
  // statements make it the organisation's own wording.
  const reworded = edit.text !== undefined || edit.statements !== undefined;
  const out: EffectiveAgreement = { ...a, ...(reworded ? { origin: 'edited' as const } : {}) };
  if (edit.text !== undefined) {
    const points = edit.points ?? [];
    out.lead = edit.text;
    out.points = points;
    delete out.tail;
    out.text = renderText(edit.text, points);
  }
  if (edit.statements !== undefined) {
    out.statements = edit.statements;
    delete out.noStatements;
  }
  if (edit.examples?.length) out.examples = edit.examples;
  return out;
}

function added(o: OwnAgreement, section: Section): EffectiveAgreement {
  // Written as a catalogue subsection in other capitals, it joins that subsection.
  const subsection = o.subsection
    ? (section.agreements.find((a) => a.subsection?.toLowerCase() === o.subsection!.toLowerCase())
        ?.subsection ?? o.subsection)
    : undefined;
  return {
    number: o.number,
    section: { id: section.id, title: section.title },
    ...(subsection ? { subsection } : {}),
    variant: null,
    lead: o.text,
    points: o.points,
    text: renderText(o.text, o.points),
    statements: o.statements,
    ...(o.examples?.length ? { examples: o.examples } : {}),
    readMore: [...section.readMore],
    origin: 'added',
  };
}

/**
 * After the last agreement of its subsection when that subsection exists, else at the end of the
 * section: the nota and the tab then show it under the right heading, never a second copy of it.
 */
function insertOwn(list: EffectiveAgreement[], a: EffectiveAgreement): void {
  const last = a.subsection ? list.findLastIndex((x) => x.subsection === a.subsection) : -1;
  if (last === -1) list.push(a);
  else list.splice(last + 1, 0, a);
}

/** The agreement with its blanks filled in; unchanged when there is nothing to fill or no fill. */
function filled(a: EffectiveAgreement, fill: string | undefined): EffectiveAgreement {
  if (!fill) return a;
  const out: EffectiveAgreement = {
    ...a,
    lead: fillBlanks(a.lead, fill),
    points: a.points.map((p) => ({
      ...p,
      ...(p.title ? { title: fillBlanks(p.title, fill) } : {}),
      text: fillBlanks(p.text, fill),
    })),
    text: fillBlanks(a.text, fill),
  };
  if (a.tail) out.tail = fillBlanks(a.tail, fill);
  return out;
}
