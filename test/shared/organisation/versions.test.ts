// The pieces the note's versions are made of: the YAML export reads back as the same organisation,
// a composer's object is judged with validate's messages per field, and the difference between two
// versions is said in Dutch, one line per change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findAgreement } from '../../../shared/catalogue';
import { noteChanges, summariseChanges } from '../../../shared/organisation/diff';
import { organisationYaml } from '../../../shared/organisation/organisation-yaml';
import { parseOrganisation } from '../../../shared/organisation/parse';
import type { Organisation } from '../../../shared/organisation/types';
import { validateOrganisationObject } from '../../../shared/organisation/validate-object';

const ROOT = resolve(__dirname, '../../..');

function load(file: string): Organisation {
  const r = parseOrganisation(readFileSync(resolve(ROOT, 'organisations', file), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.organisation;
}

const clone = (o: Organisation): Organisation => JSON.parse(JSON.stringify(o)) as Organisation;

describe('organisationYaml', () => {
  it.each(['zilverbeek.yaml', 'voorbeeld-eigen-afspraken.yaml'])(
    'writes %s so that the parser reads back the same organisation',
    (file) => {
      const org = load(file);
      const yaml = organisationYaml(org, ['Afsprakennota, versie 3']);
      expect(yaml.startsWith('# Afsprakennota, versie 3\n')).toBe(true);
      const again = parseOrganisation(yaml, 'export.yaml');
      if (!again.ok) throw new Error(again.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      expect(again.organisation).toEqual(org);
    },
  );

  it('keeps phone numbers as quoted text, so the leading 0 survives', () => {
    const org = clone(load('zilverbeek.yaml'));
    org.people[0].phone = '016001001';
    const yaml = organisationYaml(org);
    expect(yaml).toMatch(/phone: "016001001"|phone: '016001001'/);
    const again = parseOrganisation(yaml, 'x.yaml');
    expect(again.ok && again.organisation.people[0].phone).toBe('016001001');
  });
});

describe('validateOrganisationObject', () => {
  it('accepts a parsed organisation as JSON and returns it unchanged', () => {
    const org = load('voorbeeld-eigen-afspraken.yaml');
    const r = validateOrganisationObject(JSON.parse(JSON.stringify(org)));
    expect(r.ok && r.organisation).toEqual(org);
  });

  it("gives validate's Dutch message per field path, naming the person", () => {
    const org = clone(load('zilverbeek.yaml')) as unknown as { people: { role: string; email?: string }[] };
    org.people[1].role = 'wethouder';
    org.people[2].email = 'geen-adres';
    const r = validateOrganisationObject(org);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'people[1].role',
          label: 'people[1] (persoon 2, Koen Maes).role',
          message: "'wethouder' is geen gekende rol; bedoel je 'schepen'?",
        },
        expect.objectContaining({
          field: 'people[2].email',
          message: "'geen-adres' is geen geldig e-mailadres",
        }),
      ]),
    );
  });

  it('refuses a variant that does not exist and a value that is no organisation', () => {
    const org = clone(load('zilverbeek.yaml'));
    org.agreements.variants = { ...org.agreements.variants, 36: 9 };
    const r = validateOrganisationObject(org);
    expect(!r.ok && r.errors).toEqual([
      { field: 'agreements.variants.36', message: 'afspraak 36 heeft enkel variant 1, geen variant 9' },
    ]);
    expect(validateOrganisationObject([1, 2]).ok).toBe(false);
    expect(validateOrganisationObject(null).ok).toBe(false);
  });
});

describe('noteChanges', () => {
  const base = load('zilverbeek.yaml');

  it('finds nothing between a version and its copy', () => {
    expect(noteChanges(base, clone(base))).toEqual([]);
    expect(summariseChanges([])).toBe('Geen wijzigingen.');
  });

  it('says per agreement what was omitted, adopted, varied, filled and reworded', () => {
    const before = clone(base);
    before.agreements.omit = [67];
    const after = clone(base);
    after.agreements.omit = [45];
    after.agreements.variants = { 13: 1, 36: 1 };
    after.agreements.fill = { 13: 'de dienst Welzijn' };
    after.agreements.edit = {
      ...base.agreements.edit,
      52: { text: 'Een journalist die enkel feiten vraagt, krijgt ze van de dienst zelf.' },
      12: { examples: ['mag ik de krant bellen?'] },
    };
    const changes = noteChanges(before, after);
    const texts = changes.map((c) => c.text);
    expect(texts).toContain(`Afspraak 67 (${findAgreement(67)!.section.title}) opgenomen.`);
    expect(texts).toContain('Afspraak 45 (Perscommunicatie) weggelaten.');
    expect(texts).toContain('Afspraak 36: variant 1 gekozen (was de hoofdtekst).');
    expect(texts).toContain('Afspraak 46: de hoofdtekst gekozen (was variant 2).');
    expect(texts).toContain("Afspraak 13: ingevuld met 'de dienst Welzijn' (was 'de dienst Burgerzaken').");
    expect(texts).toContain('Afspraak 52: in eigen woorden gezet.');
    expect(texts).toContain('Afspraak 12: 1 voorbeeldvraag toegevoegd ("mag ik de krant bellen?").');
    // Stable order: by agreement number.
    const numbers = changes.map((c) => c.agreement!);
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
  });

  it("says agreement 22's address form per document type in words", () => {
    type WithParameters = Organisation & { agreements: { parameters?: unknown } };
    const before = clone(base) as WithParameters;
    delete before.agreements.parameters;
    const after = clone(before) as WithParameters;
    after.agreements.parameters = { 22: { brief: 'je', website: 'u' } };
    const texts = noteChanges(before, after).map((c) => c.text);
    expect(texts).toEqual([
      'Afspraak 22: je-vorm voor brieven (was de keuze van de inspiratienota).',
      'Afspraak 22: u-vorm voor de website (was de keuze van de inspiratienota).',
    ]);
    expect(noteChanges(after, before).map((c) => c.text)[0]).toBe(
      'Afspraak 22: de keuze van de inspiratienota voor brieven (was je-vorm).',
    );
  });

  it('names people added, removed and changed, and own agreements', () => {
    const after = clone(base);
    after.people = after.people.filter((p) => p.name !== 'Jan Wouters');
    after.people.push({ name: 'Lien Goossens', role: 'schepen', portfolio: ['sport'] });
    const koen = after.people.find((p) => p.name === 'Koen Maes')!;
    koen.portfolio = ['cultuur'];
    after.agreements.add = [
      {
        number: 1001,
        section: '5.9',
        text: 'De gemeenteraad wordt live uitgezonden.',
        points: [],
        statements: [],
      },
    ];
    const texts = noteChanges(base, after).map((c) => c.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Eigen afspraak 1001 toegevoegd in 5.9: "De gemeenteraad wordt live uitgezonden.".',
        'Jan Wouters (schepen) staat niet meer in de nota.',
        'Lien Goossens toegevoegd als schepen, bevoegd voor sport.',
        expect.stringMatching(/^Koen Maes: bevoegdheden cultuur \(was cultuur, erfgoed/),
      ]),
    );
    expect(summariseChanges(noteChanges(base, after), 1)).toMatch(/; en nog 3 wijzigingen\.$/);
  });
});
