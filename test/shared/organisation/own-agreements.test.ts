import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, searchAgreements } from '../../../shared/ask';
import { findAgreement, renderText } from '../../../shared/catalogue';
import {
  effectiveOrganisation,
  formatOrganisationError,
  notaBlocks,
  notaMarkdown,
  parseOrganisation,
  type Organisation,
} from '../../../shared/organisation';

const repo = join(__dirname, '../../..');
const head = 'organisation:\n  name: Gemeente Proef\nagreements:\n';

function parse(agreements: string): Organisation {
  const r = parseOrganisation(head + agreements, 'afsprakennota.yaml');
  if (!r.ok) throw new Error(r.errors.map(formatOrganisationError).join('\n'));
  return r.organisation;
}

const errors = (agreements: string) => {
  const r = parseOrganisation(head + agreements, 'afsprakennota.yaml');
  return r.ok ? [] : r.errors.map(formatOrganisationError);
};

// An own agreement about the council's livestream, in section 5.9, with statements.
const livestream = `  add:
    - number: 1001
      section: 5.9
      text: Enkel de communicatiedienst maakt de livestream van de gemeenteraad.
      points:
        - Raadsleden en medewerkers mogen de officiële livestream delen.
      statements:
        - actor: communicatiedienst
          modality: moet
          action: publiceren
          objects: [beeldmateriaal, website]
          summary: De communicatiedienst zendt de gemeenteraad live uit.
        - actor: medewerker
          modality: mag-niet
          action: publiceren
          objects: [beeldmateriaal]
          involve: [communicatiedienst]
          summary: Een medewerker zendt de gemeenteraad niet zelf live uit.
`;

describe('agreements.add and agreements.edit in the organisation file', () => {
  it('accepts the shipped example with own agreements', () => {
    const file = 'organisations/voorbeeld-eigen-afspraken.yaml';
    const r = parseOrganisation(readFileSync(join(repo, file), 'utf8'), file);
    if (!r.ok) throw new Error(r.errors.map(formatOrganisationError).join('\n'));
    expect(r.organisation.agreements.add?.map((a) => a.number)).toEqual([1001]);
    expect(Object.keys(r.organisation.agreements.edit ?? {})).toEqual(['52']);
  });

  it('reads an own agreement: points as lines, statements with their defaults', () => {
    const add = parse(livestream).agreements.add!;
    expect(add).toHaveLength(1);
    expect(add[0]).toMatchObject({
      number: 1001,
      section: '5.9',
      points: [{ text: 'Raadsleden en medewerkers mogen de officiële livestream delen.' }],
    });
    expect(add[0].statements[0]).toEqual({
      actor: 'communicatiedienst',
      modality: 'moet',
      action: 'publiceren',
      objects: ['beeldmateriaal', 'website'],
      summary: 'De communicatiedienst zendt de gemeenteraad live uit.',
    });
    expect(add[0].statements[1].involve).toEqual(['communicatiedienst']);
  });

  it('reads example questions for an own agreement and for an edited one', () => {
    const o = parse(
      `${livestream}      examples:\n        - mag ik de raad zelf streamen?\n  edit:\n    52:\n      examples: [mag ik zelf cijfers aan de krant geven?]\n`,
    );
    expect(o.agreements.add![0].examples).toEqual(['mag ik de raad zelf streamen?']);
    expect(o.agreements.edit!['52'].examples).toEqual(['mag ik zelf cijfers aan de krant geven?']);
    const org = effectiveOrganisation(o);
    expect(org.byNumber.get(1001)!.examples).toEqual(['mag ik de raad zelf streamen?']);
    expect(org.byNumber.get(52)!.examples).toEqual(['mag ik zelf cijfers aan de krant geven?']);
    expect(org.byNumber.get(45)!.examples).toBeUndefined();
  });

  it('warns (no error) about an own agreement without examples, at its line', () => {
    const without = parseOrganisation(head + livestream, 'afsprakennota.yaml');
    expect(without.ok && (without.warnings ?? []).map(formatOrganisationError)).toEqual([
      expect.stringMatching(
        /^afsprakennota\.yaml:5: agreements\.add\[0\]: eigen afspraak 1001 heeft geen examples/,
      ),
    ]);
    const withExamples = parseOrganisation(
      `${head}${livestream}      examples: [wie streamt de raad?]\n`,
      'afsprakennota.yaml',
    );
    expect(withExamples.ok && withExamples.warnings).toEqual([]);
  });

  it('refuses examples that are not a list of questions, naming the line and field', () => {
    const e = errors(`${livestream}      examples: mag ik de raad streamen?\n`);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^afsprakennota\.yaml:\d+: agreements\.add\[0\].*examples/);
  });

  it('reads section 5.10 as written, not as the number 5.1', () => {
    const add = parse('  add:\n    - number: 1001\n      section: 5.10\n      text: Iets.\n').agreements.add!;
    expect(add[0].section).toBe('5.10');
  });

  it('accepts the Dutch labels of roles, modalities and objects as well as their ids', () => {
    const s = parse(
      '  add:\n    - number: 1001\n      section: "5.8"\n      text: Iets.\n      statements:\n' +
        '        - actor: Algemeen directeur\n          modality: mag niet\n          action: beantwoorden\n' +
        '          objects: [vraag van de pers]\n          summary: Niet zelf antwoorden.\n',
    ).agreements.add![0].statements[0];
    expect(s).toMatchObject({ actor: 'algemeen-directeur', modality: 'mag-niet', objects: ['persvraag'] });
    const mits = parse(
      '  add:\n    - number: 1001\n      section: "5.8"\n      text: Iets.\n      statements:\n' +
        '        - actor: dienst\n          modality: mag, onder voorwaarden\n          action: Coördineren\n' +
        '          summary: Onder voorwaarden.\n',
    ).agreements.add![0].statements[0];
    expect(mits).toMatchObject({ modality: 'mag-mits', action: 'coordineren' });
  });

  it('keeps files without own agreements exactly as before', () => {
    expect(parse('  omit: [13]\n').agreements).toEqual({ omit: [13], variants: {} });
  });

  it('reads edits keyed by agreement number', () => {
    const edit = parse('  edit:\n    52:\n      text: Feitenvragen van de pers beantwoordt je dienst zelf.\n')
      .agreements.edit!;
    expect(edit[52]).toEqual({ text: 'Feitenvragen van de pers beantwoordt je dienst zelf.' });
  });

  // Each mistake in the new fields, with the exact line a person reads: file, line, field, Dutch message.
  it.each([
    [
      'a number below 1000',
      '  add:\n    - number: 12\n      section: 5.8\n      text: Iets.\n',
      [
        'afsprakennota.yaml:5: agreements.add[0].number: eigen afspraken krijgen een nummer vanaf 1000; 1 tot 87 zijn de afspraken van de catalogus (wil je afspraak 12 anders verwoorden, gebruik dan edit)',
      ],
    ],
    [
      'a number too long for a link',
      '  add:\n    - number: 10000\n      section: 5.8\n      text: Iets.\n',
      [
        'afsprakennota.yaml:5: agreements.add[0].number: kies een nummer van 1000 tot 9999, zodat links naar de afspraak werken',
      ],
    ],
    [
      'a number used twice',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n    - number: 1001\n      section: 5.9\n      text: B.\n',
      ['afsprakennota.yaml:8: agreements.add[1].number: afspraak 1001 staat al in add[0]'],
    ],
    [
      'a number that is not whole',
      '  add:\n    - number: 1001.5\n      section: 5.8\n      text: A.\n',
      [
        'afsprakennota.yaml:5: agreements.add[0].number: verwacht een geheel getal, maar vond het getal 1001.5',
      ],
    ],
    [
      'a section the catalogue does not have',
      '  add:\n    - number: 1001\n      section: 5.15\n      text: A.\n',
      [
        expect.stringMatching(
          /^afsprakennota\.yaml:6: agreements\.add\[0\]\.section: hoofdstuk '5\.15' bestaat niet; kies een hoofdstuk van de catalogus: 5\.1 \(.*5\.14 \(Artificiële Intelligentie\)$/,
        ),
      ],
    ],
    [
      'a missing text',
      '  add:\n    - number: 1001\n      section: 5.8\n',
      ['afsprakennota.yaml:5: agreements.add[0].text: dit veld ontbreekt en is verplicht'],
    ],
    [
      'an unknown field in an own agreement',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      tekst: B.\n',
      ["afsprakennota.yaml:8: agreements.add[0].tekst: onbekend veld 'tekst'; bedoel je 'text'?"],
    ],
    [
      'an unknown role, with the lexicon word for it',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: wethouder\n          modality: mag\n          action: versturen\n          summary: S.\n',
      [
        "afsprakennota.yaml:9: agreements.add[0].statements[0].actor: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
      ],
    ],
    [
      'an object written as an action, quoted as written',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: dienst\n          modality: mag\n          action: Vraag van de pers\n          summary: S.\n',
      [
        expect.stringMatching(
          /^afsprakennota\.yaml:11: agreements\.add\[0\]\.statements\[0\]\.action: 'Vraag van de pers' is geen gekende actie; kies uit: versturen, doorsturen, .*, evalueren$/,
        ),
      ],
    ],
    [
      'an unknown modality',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: dienst\n          modality: verboden\n          action: versturen\n          summary: S.\n',
      [
        "afsprakennota.yaml:10: agreements.add[0].statements[0].modality: 'verboden' is geen gekende modaliteit; kies uit: mag, mag-niet, mag-mits, moet, info",
      ],
    ],
    [
      'a mistyped action and an everyday word for an object',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: dienst\n          modality: mag\n          action: versturn\n          objects: [persbericht, krant]\n          summary: S.\n',
      [
        "afsprakennota.yaml:11: agreements.add[0].statements[0].action: 'versturn' is geen gekende actie; bedoel je 'versturen'?",
        "afsprakennota.yaml:12: agreements.add[0].statements[0].objects[1]: 'krant' is geen gekend object of kanaal; bedoel je 'pers'?",
      ],
    ],
    [
      'a mistyped role to involve and a missing summary',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: dienst\n          modality: mag\n          action: versturen\n          involve: [burgemeestr]\n',
      [
        'afsprakennota.yaml:9: agreements.add[0].statements[0].summary: dit veld ontbreekt en is verplicht',
        "afsprakennota.yaml:12: agreements.add[0].statements[0].involve[0]: 'burgemeestr' is geen gekende rol; bedoel je 'burgemeester'?",
      ],
    ],
    [
      'an unknown field in a statement',
      '  add:\n    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n        - actor: dienst\n          modality: mag\n          action: versturen\n          summary: S.\n          sumary: T.\n',
      [
        "afsprakennota.yaml:13: agreements.add[0].statements[0].sumary: onbekend veld 'sumary'; bedoel je 'summary'?",
      ],
    ],
    [
      'add written as one item instead of a list',
      '  add:\n    number: 1001\n',
      ['afsprakennota.yaml:4: agreements.add: verwacht een lijst (- item of [a, b]), maar vond velden'],
    ],
    [
      'an edit of an agreement the catalogue does not have',
      '  edit:\n    88:\n      text: A.\n',
      [
        'afsprakennota.yaml:5: agreements.edit.88: afspraak 88 bestaat niet; de catalogus telt afspraken 1 tot 87',
      ],
    ],
    [
      'an edit of an own agreement',
      '  edit:\n    1001:\n      text: A.\n',
      [
        'afsprakennota.yaml:5: agreements.edit.1001: afspraak 1001 is een eigen afspraak; pas haar tekst aan onder add, niet onder edit',
      ],
    ],
    [
      'an edit keyed by something else than a number',
      '  edit:\n    pers:\n      text: A.\n',
      [
        "afsprakennota.yaml:5: agreements.edit.pers: 'pers' is geen afspraaknummer; schrijf bv. 45: met daaronder text:",
      ],
    ],
    [
      'an edit that changes nothing',
      '  edit:\n    45: {}\n',
      [
        'afsprakennota.yaml:5: agreements.edit.45: geef een eigen text:, statements: of examples:; nu verandert er niets',
      ],
    ],
    [
      'an edit with no value at all',
      '  edit:\n    45:\n',
      ['afsprakennota.yaml:5: agreements.edit.45: verwacht velden (naam: waarde), maar vond niets'],
    ],
    [
      'a mistyped field in an edit',
      '  edit:\n    45:\n      txt: A.\n',
      [
        'afsprakennota.yaml:5: agreements.edit.45: geef een eigen text:, statements: of examples:; nu verandert er niets',
        "afsprakennota.yaml:6: agreements.edit.45.txt: onbekend veld 'txt'; bedoel je 'text'?",
      ],
    ],
    [
      'points without a text',
      '  edit:\n    45:\n      points: [A]\n',
      ['afsprakennota.yaml:6: agreements.edit.45.points: points horen bij een eigen tekst; geef ook text:'],
    ],
    [
      'an edit of an omitted agreement',
      '  omit: [13]\n  edit:\n    13:\n      text: A.\n',
      [
        'afsprakennota.yaml:6: agreements.edit.13: afspraak 13 staat ook in omit; verwoord ze anders of laat ze weg, niet beide',
      ],
    ],
    [
      'an edited text and a chosen variant for the same agreement',
      '  variants: {36: 1}\n  edit:\n    36:\n      text: A.\n',
      [
        'afsprakennota.yaml:7: agreements.edit.36.text: voor afspraak 36 is ook een variant gekozen; kies de variant of schrijf een eigen tekst, niet beide',
      ],
    ],
  ])('refuses %s, naming file, line and field', (_name, agreements, expected) => {
    expect(errors(agreements)).toEqual(expected);
  });
});

describe('effective agreements with own agreements and edits', () => {
  it('puts own agreements after the catalogue’s in their section, in number order', () => {
    const e = effectiveOrganisation(
      parse(
        '  add:\n    - number: 1003\n      section: 5.9\n      text: C.\n' +
          '    - number: 1002\n      section: 5.9\n      text: B.\n' +
          '    - number: 1010\n      section: 5.1\n      text: D.\n',
      ),
    );
    const numbers = e.agreements.map((a) => a.number);
    expect(numbers).toHaveLength(90);
    expect(numbers.slice(numbers.indexOf(61), numbers.indexOf(62))).toEqual([61, 1002, 1003]);
    expect(numbers[numbers.indexOf(1010) - 1]).toBe(
      Math.max(...findAgreement(1)!.section.agreements.map((a) => a.number)),
    );
    const own = e.byNumber.get(1002)!;
    expect(own).toMatchObject({
      number: 1002,
      section: { id: '5.9', title: 'Sociale media' },
      variant: null,
      lead: 'B.',
      points: [],
      text: 'B.',
      statements: [],
      origin: 'added',
    });
  });

  it('fills an own agreement’s text, points and statements like a catalogue one', () => {
    const a = effectiveOrganisation(parse(livestream)).byNumber.get(1001)!;
    expect(a.text).toBe(
      'Enkel de communicatiedienst maakt de livestream van de gemeenteraad.\n• Raadsleden en medewerkers mogen de officiële livestream delen.',
    );
    expect(a.statements.map((s) => `${s.actor} ${s.modality} ${s.action}`)).toEqual([
      'communicatiedienst moet publiceren',
      'medewerker mag-niet publiceren',
    ]);
  });

  it('places an own agreement in an existing subsection after that subsection’s last agreement', () => {
    const e = effectiveOrganisation(
      parse(
        '  add:\n    - number: 1001\n      section: 5.8\n      subsection: overheid zoekt pers\n      text: A.\n',
      ),
    );
    const numbers = e.agreements.map((a) => a.number);
    const a = e.byNumber.get(1001)!;
    // Written in other capitals, it takes the catalogue's spelling and joins that subsection.
    expect(a.subsection).toBe(findAgreement(45)!.agreement.subsection);
    const before = e.byNumber.get(numbers[numbers.indexOf(1001) - 1])!;
    const after = e.byNumber.get(numbers[numbers.indexOf(1001) + 1])!;
    expect(before.subsection).toBe(a.subsection);
    expect(after.subsection).not.toBe(a.subsection);
  });

  it('marks catalogue agreements as such', () => {
    const e = effectiveOrganisation(parse('  omit: []\n'));
    expect(e.agreements.every((a) => a.origin === 'catalogue')).toBe(true);
  });

  it('gives an edited text and keeps the catalogue’s statements when none are given', () => {
    const e = effectiveOrganisation(
      parse(
        '  edit:\n    32:\n      text: Mandatarissen staan niet in onze kanalen.\n      points: [Behalve in het voorwoord.]\n',
      ),
    );
    const a = e.byNumber.get(32)!;
    expect(a).toMatchObject({
      origin: 'edited',
      variant: null,
      lead: 'Mandatarissen staan niet in onze kanalen.',
      points: [{ text: 'Behalve in het voorwoord.' }],
      text: 'Mandatarissen staan niet in onze kanalen.\n• Behalve in het voorwoord.',
    });
    expect(a.statements).toBe(findAgreement(32)!.agreement.statements);
    expect(a.statements.length).toBeGreaterThan(0);
  });

  it('drops the catalogue’s points and closing paragraph under an edited text', () => {
    const a = effectiveOrganisation(parse('  edit:\n    61:\n      text: Eigen tekst.\n')).byNumber.get(61)!;
    expect(findAgreement(61)!.agreement.tail).toBeDefined();
    expect(a).toMatchObject({ text: 'Eigen tekst.', points: [] });
    expect(a.tail).toBeUndefined();
  });

  it('replaces the statements when the edit gives them, keeping the catalogue text', () => {
    const e = effectiveOrganisation(
      parse(
        '  edit:\n    45:\n      statements:\n        - actor: dienst\n          modality: mag-mits\n          action: versturen\n' +
          '          objects: [persbericht]\n          conditions: [na goedkeuring van de communicatiedienst]\n' +
          '          summary: Een dienst mag een persbericht versturen na goedkeuring van de communicatiedienst.\n',
      ),
    );
    const a = e.byNumber.get(45)!;
    const c = findAgreement(45)!.agreement;
    expect(a.origin).toBe('edited');
    expect(a.text).toBe(renderText(c.lead, c.points, c.tail));
    expect(a.statements).toEqual([
      expect.objectContaining({ actor: 'dienst', modality: 'mag-mits', action: 'versturen' }),
    ]);
  });

  it('lets an edit give new statements for a chosen variant', () => {
    const a = effectiveOrganisation(
      parse(
        '  variants: {36: 1}\n  edit:\n    36:\n      statements:\n        - actor: burgemeester\n          modality: moet\n' +
          '          action: ondertekenen\n          objects: [brief]\n          summary: De burgemeester tekent elke brief.\n',
      ),
    ).byNumber.get(36)!;
    expect(a).toMatchObject({ variant: 1, origin: 'edited' });
    expect(a.text).toBe(findAgreement(36)!.agreement.variants[0].text);
    expect(a.statements).toHaveLength(1);
  });

  it('reads an organisation stored before own agreements existed', () => {
    // The task pane caches the organisation as JSON; an old copy has no add or edit.
    const old = JSON.parse(JSON.stringify(parse('  omit: [13]\n'))) as Organisation;
    expect(effectiveOrganisation(old).agreements).toHaveLength(86);
  });

  it('survives the JSON round trip to the task pane with edits keyed by number', () => {
    const org = parse(`${livestream}  edit:\n    52:\n      text: Eigen tekst.\n`);
    const e = effectiveOrganisation(JSON.parse(JSON.stringify(org)) as Organisation);
    expect(e.byNumber.get(52)!.text).toBe('Eigen tekst.');
    expect(e.byNumber.get(1001)!.origin).toBe('added');
  });
});

describe('own agreements in the nota and in ask', () => {
  const org = effectiveOrganisation(
    parse(`${livestream}  edit:\n    52:\n      text: Feitenvragen beantwoordt je dienst zelf.\n`),
  );

  it('puts own agreements in the nota, in their section, and says what numbers from 1000 mean', () => {
    const blocks = notaBlocks(org);
    const numbers = blocks.flatMap((b) => (b.kind === 'agreement' ? [b.number] : []));
    expect(numbers.slice(numbers.indexOf(61), numbers.indexOf(61) + 3)).toEqual([61, 1001, 62]);
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Afspraken met een nummer vanaf 1000 zijn eigen afspraken van Gemeente Proef, bovenop de catalogus.',
    });
    const md = notaMarkdown(blocks);
    expect(md).toContain(
      '**1001.** Enkel de communicatiedienst maakt de livestream van de gemeenteraad.\n\n- Raadsleden',
    );
    expect(md).toContain('**52.** Feitenvragen beantwoordt je dienst zelf.');
  });

  it('leaves the nota’s introduction as it was without own agreements', () => {
    const blocks = notaBlocks(effectiveOrganisation(parse('  edit:\n    52:\n      text: Eigen tekst.\n')));
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('vanaf 1000'))).toBe(false);
  });

  // The shipped example's livestream agreement (1001), written as a communication officer would.
  const example = (() => {
    const file = 'organisations/voorbeeld-eigen-afspraken.yaml';
    const r = parseOrganisation(readFileSync(join(repo, file), 'utf8'), file);
    if (!r.ok) throw new Error(r.errors.map(formatOrganisationError).join('\n'));
    return effectiveOrganisation(r.organisation);
  })();

  it('answers a question about the livestream from the own agreement', () => {
    const question = 'wie mag de gemeenteraad livestreamen?';
    const first = ask(question, example);
    expect(first.outOfScope).toBe(false);
    expect(first.answers[0]).toMatchObject({ agreement: 1001 });
    expect(first.answers[0].text).toBe(example.byNumber.get(1001)!.text);
    // The second stage is trained on the catalogue, so an own agreement may first get a question
    // back; its situation is then the first choice, and one click answers from it.
    const r =
      first.mode === 'clarify'
        ? ask(question, example, { agreement: first.clarification!.choices[0].agreement })
        : first;
    expect(r.reply).toContain('Afspraak 1001');
  });

  it('gives the own agreement’s verdict from its statements', () => {
    const r = ask('mag ik als medewerker de gemeenteraad filmen en op de website zetten?', example);
    expect(r.answers[0]).toMatchObject({ agreement: 1001, verdict: 'mag-niet' });
    expect(r.reply).toMatch(/^Nee/);
  });

  it('finds the own agreement in the tab’s search', () => {
    const found = searchAgreements('livestream gemeenteraad', org, 5);
    expect(found[0]?.number).toBe(1001);
  });

  it('quotes the edited text of an agreement in the answer', () => {
    const r = ask('een journalist vraagt hoeveel bezoekers er waren, mag ik antwoorden?', org);
    const a52 = r.answers.find((a) => a.agreement === 52);
    expect(a52?.text).toBe('Feitenvragen beantwoordt je dienst zelf.');
    expect(a52?.verdict).toBe('mag-mits');
  });
});
