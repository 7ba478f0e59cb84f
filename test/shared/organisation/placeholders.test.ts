import { findAgreement } from '../../../shared/catalogue';
import {
  effectiveOrganisation,
  formatOrganisationError,
  parseOrganisation,
  type Organisation,
} from '../../../shared/organisation';
import { fillBlanks, findBlanks, placeName } from '../../../shared/organisation/placeholders';

const HEAD = 'organisation:\n  name: Gemeente Proef\n';

function parse(agreements: string, head = HEAD) {
  return parseOrganisation(`${head}agreements:\n${agreements}`, 'a.yaml');
}

function org(agreements: string, head = HEAD): Organisation {
  const r = parse(agreements, head);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.organisation;
}

const warnings = (agreements: string) => {
  const r = parse(agreements);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return (r.warnings ?? []).map(formatOrganisationError);
};

const errors = (agreements: string) => {
  const r = parse(agreements);
  return r.ok ? [] : r.errors.map(formatOrganisationError);
};

describe('blanks in the catalogue', () => {
  it('finds the two blanks the seed has: 13 (variant) and 60', () => {
    expect(findBlanks(findAgreement(13)!.agreement.variants[0].text)).toEqual([
      'een andere dienst (specifieer)',
    ]);
    expect(findBlanks(findAgreement(60)!.agreement.lead)).toEqual(['xxx']);
    expect(findBlanks(findAgreement(13)!.agreement.lead)).toEqual([]);
  });

  it('replaces the blank with the words it explains', () => {
    expect(fillBlanks('opgenomen door een andere dienst (specifieer).', 'de dienst Burgerzaken')).toBe(
      'opgenomen door de dienst Burgerzaken.',
    );
    expect(fillBlanks('‘Ge zijt van xxx’', 'Beekveld')).toBe('‘Ge zijt van Beekveld’');
    // Words that only contain x's are left alone.
    expect(findBlanks('een taxxxi of XXL')).toEqual([]);
  });

  it('takes the place name from the official name', () => {
    expect(placeName('Gemeente Zilverbeek')).toBe('Zilverbeek');
    expect(placeName('Stad Gent')).toBe('Gent');
    expect(placeName('OCMW Beekveld')).toBe('Beekveld');
    expect(placeName('Zilverbeek')).toBe('Zilverbeek');
  });
});

describe('agreements.fill', () => {
  it('fills the chosen variant of 13, for every consumer of the effective text', () => {
    const e = effectiveOrganisation(org('  variants: {13: 1}\n  fill:\n    13: de dienst Burgerzaken\n'));
    const a13 = e.byNumber.get(13)!;
    expect(a13.text).toBe(
      'De communicatiedienst is geen klachtencoördinator, deze taak wordt opgenomen door de dienst Burgerzaken.',
    );
    expect(a13.lead).toBe(a13.text);
    expect(e.agreements.some((a) => /specifieer|xxx/i.test(a.text))).toBe(false);
  });

  it('fills 60 with the place name by default, or with what the file says', () => {
    expect(effectiveOrganisation(org('  omit: []\n')).byNumber.get(60)!.text).toContain(
      '‘Ge zijt van Proef’',
    );
    const own = effectiveOrganisation(org("  fill: {60: 'Proef Leeft'}\n"));
    expect(own.byNumber.get(60)!.text).toContain('‘Ge zijt van Proef Leeft’');
  });

  it('shows an unfilled blank as it is, and validate warns at the variant', () => {
    const e = effectiveOrganisation(org('  variants: {13: 1}\n'));
    expect(e.byNumber.get(13)!.text).toMatch(/een andere dienst \(specifieer\)\.$/);
    expect(warnings('  variants: {13: 1}\n')).toEqual([
      "a.yaml:4: agreements.variants.13: afspraak 13 bevat nog 'een andere dienst (specifieer)' en toont dat zo; vul in wat er moet staan onder agreements, bv. fill: { 13: '…' }",
    ]);
    expect(warnings("  variants: {13: 1}\n  fill: {13: 'de dienst Burgerzaken'}\n")).toEqual([]);
  });

  it('warns about a fill with nothing to fill, naming the variant that has the blank', () => {
    expect(warnings("  fill: {13: 'de dienst Burgerzaken'}\n")).toEqual([
      'a.yaml:4: agreements.fill.13: afspraak 13 heeft niets om in te vullen, deze regel verandert niets; enkel variant 1 heeft iets om in te vullen (kies ze onder variants)',
    ]);
  });

  it('refuses numbers that name no adopted agreement, and empty fills, with file:line: field', () => {
    expect(errors('  fill:\n    88: x\n')).toEqual([
      'a.yaml:5: agreements.fill.88: afspraak 88 bestaat niet; de catalogus telt afspraken 1 tot 87',
    ]);
    expect(errors('  omit: [13]\n  fill:\n    13: de dienst Burgerzaken\n')).toEqual([
      'a.yaml:6: agreements.fill.13: afspraak 13 staat ook in omit; er valt niets in te vullen',
    ]);
    expect(errors('  fill:\n    dertien: x\n')).toEqual([
      "a.yaml:5: agreements.fill.dertien: 'dertien' is geen afspraaknummer; schrijf bv. 13: de dienst Burgerzaken",
    ]);
    expect(errors('  fill:\n    1001: x\n')).toEqual([
      'a.yaml:5: agreements.fill.1001: afspraak 1001 staat niet bij je eigen afspraken (add)',
    ]);
    expect(errors("  fill:\n    13: ''\n")).toEqual(['a.yaml:5: agreements.fill.13: mag niet leeg zijn']);
  });

  it('works together with own wording (edit) and own agreements (add)', () => {
    const o = org(
      [
        '  edit:',
        '    13:',
        '      text: Klachten behandelt een andere dienst (specifieer); de communicatiedienst helpt.',
        '  add:',
        '    - number: 1001',
        "      section: '5.9'",
        '      text: We volgen ook de groep Ge zijt van xxx op.',
        '  fill:',
        '    13: de dienst Burgerzaken',
        '    1001: Proefdorp',
        '',
      ].join('\n'),
    );
    const e = effectiveOrganisation(o);
    expect(e.byNumber.get(13)!.text).toBe(
      'Klachten behandelt de dienst Burgerzaken; de communicatiedienst helpt.',
    );
    expect(e.byNumber.get(13)!.origin).toBe('edited');
    expect(e.byNumber.get(1001)!.text).toBe('We volgen ook de groep Ge zijt van Proefdorp op.');
    expect(e.byNumber.get(1001)!.origin).toBe('added');
  });

  it('warns at the own agreement whose blank stays open', () => {
    const w = warnings(
      [
        '  add:',
        '    - number: 1001',
        "      section: '5.9'",
        '      text: De groep xxx volgen we op.',
        '      examples: [volgen we facebookgroepen op?]',
        '',
      ].join('\n'),
    );
    expect(w).toEqual([
      expect.stringMatching(/^a\.yaml:5: agreements\.add\[0\]: afspraak 1001 bevat nog 'xxx'/),
    ]);
  });
});
