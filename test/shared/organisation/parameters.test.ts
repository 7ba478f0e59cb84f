// Agreement 22's address form is one parameter that the bot's answer and the checker both read:
// for every organisation fixture and every document type, what the bot says about je or u on that
// channel is what the checker expects of that document type.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ask } from '../../../shared/ask';
import { checkDocument, documentFromText, type DocumentType } from '../../../shared/checks';
import {
  effectiveOrganisation,
  parseOrganisation,
  type EffectiveOrganisation,
  type Organisation,
} from '../../../shared/organisation';
import {
  ADDRESS_DOC_TYPES,
  CATALOGUE_ADDRESS_FORM,
  type AddressDocType,
  type AddressForm,
} from '../../../shared/organisation/parameters';

const root = resolve(__dirname, '../../..');

function load(file: string): Organisation {
  const parsed = parseOrganisation(readFileSync(resolve(root, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.organisation;
}

function withForms(org: Organisation, forms: Partial<Record<AddressDocType, AddressForm>>): Organisation {
  return { ...org, agreements: { ...org.agreements, parameters: { 22: forms } } };
}

const zilverbeek = load('organisations/zilverbeek.yaml');
const FIXTURES: [string, EffectiveOrganisation][] = [
  ['zilverbeek', effectiveOrganisation(zilverbeek)],
  ['voorbeeld-eigen-afspraken', effectiveOrganisation(load('organisations/voorbeeld-eigen-afspraken.yaml'))],
  ['variant-36', effectiveOrganisation(load('test/fixtures/organisations/variant-36.yaml'))],
  [
    'everything in je-vorm',
    effectiveOrganisation(withForms(zilverbeek, { brief: 'je', uitnodiging: 'je', persbericht: 'je' })),
  ],
  [
    'website in u-vorm, letters in je-vorm',
    effectiveOrganisation(withForms(zilverbeek, { brief: 'je', website: 'u' })),
  ],
  ['press releases in u-vorm', effectiveOrganisation(withForms(zilverbeek, { persbericht: 'u' }))],
];

// How a colleague names the channel in a question.
const CHANNEL: Record<AddressDocType, string> = {
  brief: 'een brief aan een inwoner',
  uitnodiging: 'een uitnodiging',
  persbericht: 'een persbericht',
  infoblad: 'het infoblad',
  website: 'de website',
  'sociale-media': 'onze facebookpagina',
};

// A short text in each form, with nothing else a rule could flag.
const TEXT: Record<AddressForm, string> = {
  je: 'Heb je vragen over de werken? Je kan ons elke voormiddag bellen.',
  u: 'Heeft u vragen over de werken? U kan ons elke voormiddag bellen.',
};

/** The form the reply names first: 'je' for "je-vorm" or "met je", 'u' for "u-vorm" or "met u". */
function formNamedFirst(reply: string): AddressForm | undefined {
  const m = /\b(je-vorm|met je\b|u-vorm|u-aanspreking|met u\b)/i.exec(reply);
  if (!m) return undefined;
  return m[1].toLowerCase().startsWith('u') || m[1].toLowerCase() === 'met u' ? 'u' : 'je';
}

function addressFindings(org: EffectiveOrganisation, type: DocumentType, form: AddressForm) {
  const doc = documentFromText(TEXT[form]);
  return checkDocument(doc, org, { type }).findings.filter((f) => f.rule === 'address.form');
}

describe.each(FIXTURES)('agreement 22 in %s: the bot and the checker agree', (_name, org) => {
  const cases = ADDRESS_DOC_TYPES.map((t) => [t, org.parameters.addressForm[t]] as const).filter(
    (c): c is readonly [AddressDocType, AddressForm] => c[1] !== null,
  );

  it.each(cases)('%s: the bot names the %s-vorm first (after a click when it asks back)', (type, form) => {
    const question = `Schrijf ik je of u in ${CHANNEL[type]}?`;
    const first = ask(question, org);
    // Unsure, the bot asks which situation is meant; one click on agreement 22 gives its answer.
    const r =
      first.mode === 'clarify' && first.clarification?.choices.some((c) => c.agreement === 22)
        ? ask(question, org, { agreement: 22 })
        : first;
    expect(r.mode).toBe('answer');
    expect(r.answers[0]?.agreement).toBe(22);
    expect(formNamedFirst(r.reply)).toBe(form);
  });

  it.each(cases)('%s: the checker expects the %s-vorm', (type, form) => {
    expect(addressFindings(org, type, form)).toEqual([]);
    expect(addressFindings(org, type, form === 'je' ? 'u' : 'je').length).toBeGreaterThan(0);
  });
});

describe('the parameters of a note', () => {
  it('keep the catalogue forms where the organisation sets none', () => {
    const org = effectiveOrganisation({ ...zilverbeek, agreements: { omit: [], variants: {} } });
    expect(org.parameters.addressForm).toEqual(CATALOGUE_ADDRESS_FORM);
    expect(org.byNumber.get(22)!.text).toMatch(/^In de gemeentelijke publiekskanalen/);
  });

  it("write the organisation's forms into agreement 22's text and statements", () => {
    const org = effectiveOrganisation(withForms(zilverbeek, { brief: 'je' }));
    const a22 = org.byNumber.get(22)!;
    expect(a22.text).toContain('brieven');
    expect(a22.text).toMatch(/je-vorm/);
    const je = a22.statements.find((s) => s.conditions?.includes('je-vorm'))!;
    expect(je.objects).toEqual(expect.arrayContaining(['brief', 'website', 'infoblad']));
  });

  it("keep the organisation's own wording of 22 and still follow the forms in the statements", () => {
    const edited = withForms(zilverbeek, { website: 'u' });
    edited.agreements.edit = { 22: { text: 'Wij schrijven zoals onze lezers het verwachten.' } };
    const a22 = effectiveOrganisation(edited).byNumber.get(22)!;
    expect(a22.text).toBe('Wij schrijven zoals onze lezers het verwachten.');
    const u = a22.statements.find((s) => s.conditions?.includes('u-vorm'))!;
    expect(u.objects).toContain('website');
  });

  it('have no address form, signers, quote or contact block when those agreements are omitted', () => {
    const org = effectiveOrganisation({
      ...zilverbeek,
      agreements: { ...zilverbeek.agreements, omit: [22, 36, 46, 48] },
    });
    expect(Object.values(org.parameters.addressForm).every((f) => f === null)).toBe(true);
    expect(org.parameters.signers).toBeNull();
    expect(org.parameters.pressApproval).toBeNull();
    expect(org.parameters.quoteRequired).toBe(false);
    expect(org.parameters.contactBlock).toBeNull();
  });

  it("follow the variants of 36 and 46, the name of 21 and the blanks' fills", () => {
    const org = effectiveOrganisation({
      ...zilverbeek,
      agreements: { ...zilverbeek.agreements, variants: { 36: 1, 46: 2 } },
    });
    expect(org.parameters.signers).toBe('directeur-en-burgemeester');
    expect(org.parameters.quoteRequired).toBe(true);
    expect(org.parameters.officialName).toBe(zilverbeek.organisation.name);
    expect(org.parameters.fills[13]).toBe('de dienst Burgerzaken');
    expect(org.parameters.fills[60]).toBe('Zilverbeek');
  });
});
