import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOrganisationError, parseOrganisation } from '../../../shared/organisation';

const repo = join(__dirname, '../../..');
const lines = (yaml: string) => {
  const r = parseOrganisation(yaml, 'afsprakennota.yaml');
  return r.ok ? [] : r.errors.map(formatOrganisationError);
};
const head = 'organisation:\n  name: Gemeente Proef\n';

describe('parseOrganisation', () => {
  it('accepts the shipped example organisation', () => {
    const r = parseOrganisation(
      readFileSync(join(repo, 'organisations/zilverbeek.yaml'), 'utf8'),
      'zilverbeek.yaml',
    );
    if (!r.ok) throw new Error(r.errors.map(formatOrganisationError).join('\n'));
    expect(r.organisation.organisation.name).toBe('Gemeente Zilverbeek');
    expect(r.organisation.people.filter((p) => p.role === 'schepen')).toHaveLength(6);
  });

  it('fills defaults and normalises roles and portfolios', () => {
    const r = parseOrganisation(
      `${head}people:\n  - name: Ria Dierckx\n    role: Algemeen directeur\n  - name: Lode Hermans\n    role: schepen\n    portfolio: [Cultuur, Ruimtelijke Ordening]\n`,
      'a.yaml',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.organisation.organisation).toEqual({ name: 'Gemeente Proef', aliases: [], kind: 'gemeente' });
    expect(r.organisation.people[0].role).toBe('algemeen-directeur');
    expect(r.organisation.people[1].portfolio).toEqual(['cultuur', 'ruimtelijke ordening']);
    expect(r.organisation.agreements).toEqual({ omit: [], variants: {} });
  });

  it('reads variants keyed by agreement number', () => {
    const r = parseOrganisation(
      `${head}agreements:\n  omit: [13, 67]\n  variants: {36: 1, 46: 2}\n`,
      'a.yaml',
    );
    expect(r.ok && r.organisation.agreements).toEqual({ omit: [13, 67], variants: { 36: 1, 46: 2 } });
  });

  // Each kind of mistake, with the exact line a person reads: file, line, field, Dutch message.
  it.each([
    [
      'an unknown role, with the nearest valid one',
      `${head}people:\n  - name: A\n    role: burgemeester\n  - name: B\n    role: wethouder\n`,
      [
        "afsprakennota.yaml:7: people[1] (persoon 2, B).role: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
      ],
    ],
    [
      'a mistyped role',
      `${head}people:\n  - name: A\n    role: schepn\n`,
      [
        "afsprakennota.yaml:5: people[0] (persoon 1, A).role: 'schepn' is geen gekende rol; bedoel je 'schepen'?",
      ],
    ],
    [
      'an unknown field',
      `organisation:\n  name: X\n  kynd: stad\n`,
      ["afsprakennota.yaml:3: organisation.kynd: onbekend veld 'kynd'; bedoel je 'kind'?"],
    ],
    [
      'an unknown kind of organisation',
      `organisation:\n  name: X\n  kind: gemeent\n`,
      [
        "afsprakennota.yaml:3: organisation.kind: 'gemeent' is geen gekende soort organisatie; bedoel je 'gemeente'?",
      ],
    ],
    [
      'an agreement number that does not exist',
      `${head}agreements:\n  omit: [12, 88]\n`,
      [
        'afsprakennota.yaml:4: agreements.omit[1]: afspraak 88 bestaat niet; de catalogus telt afspraken 1 tot 87',
      ],
    ],
    [
      'a variant that does not exist',
      `${head}agreements:\n  variants:\n    36: 2\n`,
      ['afsprakennota.yaml:5: agreements.variants.36: afspraak 36 heeft enkel variant 1, geen variant 2'],
    ],
    [
      'a variant of an agreement without variants',
      `${head}agreements:\n  variants: {12: 1}\n`,
      ['afsprakennota.yaml:4: agreements.variants.12: afspraak 12 heeft geen varianten'],
    ],
    [
      'a variant for an omitted agreement',
      `${head}agreements:\n  omit: [13]\n  variants:\n    13: 1\n`,
      [
        'afsprakennota.yaml:6: agreements.variants.13: afspraak 13 staat ook in omit; kies een variant of laat de afspraak weg, niet beide',
      ],
    ],
    [
      'a duplicate person',
      `${head}people:\n  - name: An Peeters\n    role: burgemeester\n  - name: an  peeters\n    role: schepen\n`,
      [
        "afsprakennota.yaml:6: people[1] (persoon 2, an peeters).name: 'an  peeters' staat al in de lijst als persoon 1",
      ],
    ],
    [
      'two burgemeesters',
      `${head}people:\n  - name: A\n    role: burgemeester\n  - name: B\n    role: burgemeester\n`,
      ['afsprakennota.yaml:7: people[1] (persoon 2, B).role: er is al een burgemeester: A (persoon 1)'],
    ],
    [
      'a missing name',
      `${head}people:\n  - role: schepen\n`,
      ['afsprakennota.yaml:4: people[0] (persoon 1).name: dit veld ontbreekt en is verplicht'],
    ],
    [
      'a phone number YAML read as a number',
      `${head}people:\n  - name: A\n    role: schepen\n    phone: 016123456\n`,
      [
        'afsprakennota.yaml:6: people[0] (persoon 1, A).phone: zet het nummer tussen aanhalingstekens ("016123456"), anders valt de eerste 0 weg',
      ],
    ],
    [
      'an invalid e-mail address',
      `${head}people:\n  - name: A\n    role: schepen\n    email: a.zilverbeek.be\n`,
      ["afsprakennota.yaml:6: people[0] (persoon 1, A).email: 'a.zilverbeek.be' is geen geldig e-mailadres"],
    ],
    [
      'a list where a number is expected',
      `${head}agreements:\n  omit: 13\n`,
      [
        'afsprakennota.yaml:4: agreements.omit: verwacht een lijst (- item of [a, b]), maar vond het getal 13',
      ],
    ],
    [
      'a missing organisation',
      `people: []\n`,
      ['afsprakennota.yaml:1: organisation: dit veld ontbreekt en is verplicht'],
    ],
    ['an empty file', ``, ['afsprakennota.yaml:1: het bestand is leeg; begin met organisation: en name:']],
    [
      'broken YAML',
      `organisation:\n  name: X\n  aliases: [a, b\n`,
      ['afsprakennota.yaml:4: ongeldige YAML: er ontbreekt een afsluitende ]'],
    ],
    [
      'a tab used for indentation',
      `organisation:\n\tname: X\n`,
      ['afsprakennota.yaml:2: ongeldige YAML: spring in met spaties, niet met tabs'],
    ],
  ])('refuses %s', (_what, yaml, expected) => {
    expect(lines(yaml)).toEqual(expected);
  });

  it('reports every mistake of a file at once, in line order', () => {
    const yaml = readFileSync(join(repo, 'test/fixtures/organisations/invalid.yaml'), 'utf8');
    expect(lines(yaml)).toEqual([
      "afsprakennota.yaml:11: people[2] (persoon 3, Karel Bos).role: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
      'afsprakennota.yaml:13: agreements.omit[0]: afspraak 88 bestaat niet; de catalogus telt afspraken 1 tot 87',
      'afsprakennota.yaml:14: agreements.variants.36: afspraak 36 heeft enkel variant 1, geen variant 2',
    ]);
  });

  // QA: one tab in the example file gave 17 lines, of which only the first helped.
  it('reports only the cause when the YAML itself is broken, not what follows from it', () => {
    const good = readFileSync(join(repo, 'organisations/zilverbeek.yaml'), 'utf8').split('\n');
    const at = good.findIndex((l) => l === '    role: schepen');
    const tabbed = good.map((l, i) => (i === at ? '\trole: schepen' : l)).join('\n');
    expect(lines(tabbed)).toEqual([
      `afsprakennota.yaml:${at + 1}: ongeldige YAML: spring in met spaties, niet met tabs`,
    ]);
    // Two tabs are two fixes, each named once.
    const second = good.findIndex((l, i) => i > at && l === '    role: schepen');
    const twice = good.map((l, i) => (i === at || i === second ? '\trole: schepen' : l)).join('\n');
    expect(lines(twice)).toEqual([
      `afsprakennota.yaml:${at + 1}: ongeldige YAML: spring in met spaties, niet met tabs`,
      `afsprakennota.yaml:${second + 1}: ongeldige YAML: spring in met spaties, niet met tabs`,
    ]);
    // A missing colon in the middle of a block: one line, not one per following field.
    const colon = good.map((l, i) => (i === at ? '    role schepen' : l)).join('\n');
    expect(lines(colon)).toHaveLength(1);
    expect(lines(colon)[0]).toMatch(new RegExp(`^afsprakennota\\.yaml:${at + 1}: ongeldige YAML: `));
  });

  it('names the person an error is about, counting from 1, and keeps the path for machines', () => {
    const r = parseOrganisation(
      `${head}people:\n  - name: An Peeters\n    role: burgemeester\n  - name: 'Koen: Maes'\n    role: wethouder\n`,
      'afsprakennota.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      field: 'people[1].role',
      label: 'people[1] (persoon 2, Koen Maes).role',
    });
    // Still file:line: field: message, split on ': ' without surprises.
    const [where, field, ...message] = formatOrganisationError(r.errors[0]).split(': ');
    expect([where, field, message.join(': ')]).toEqual([
      'afsprakennota.yaml:7',
      'people[1] (persoon 2, Koen Maes).role',
      "'wethouder' is geen gekende rol; bedoel je 'schepen'?",
    ]);
  });
});

describe('files made to exhaust the reader', () => {
  it('refuses an alias bomb (billion laughs) with the file, the line of the first alias and a Dutch reason', () => {
    const names = 'abcdefghi';
    const lines = [`  a: &a [${Array(9).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < names.length; i++) {
      lines.push(
        `  ${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(', ')}]`,
      );
    }
    const r = parseOrganisation(`organisation:\n  name: Gemeente Proef\n${lines.join('\n')}\n`, 'bom.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatOrganisationError)).toEqual([
      'bom.yaml:4: het bestand verwijst te vaak naar andere delen met aliassen (*naam); schrijf de waarden gewoon uit',
    ]);
  });

  it.each([
    ['flow collections nested 5 000 deep', `organisation: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['flow collections nested 30 deep', `organisation: ${'['.repeat(30)}${']'.repeat(30)}\n`],
    [
      'block maps indented 2 000 deep',
      `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`,
    ],
  ])('refuses %s as too deep, in Dutch with the file name', (_name, text) => {
    const r = parseOrganisation(text, 'diep.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(formatOrganisationError(r.errors[0])).toMatch(
      /^diep\.yaml:\d+: het bestand is te diep genest \(meer dan 20 niveaus\)/,
    );
  });

  it('still reads a file that uses one alias for a repeated value', () => {
    const r = parseOrganisation(
      'organisation:\n  name: &naam Gemeente Proef\n  aliases: [*naam]\n  kind: gemeente\n',
      'alias.yaml',
    );
    expect(r.ok).toBe(true);
  });
});
