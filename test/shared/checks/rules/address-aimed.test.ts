// Agreement 22 at its edges (issue 18, aimed at what the address tables let through): the count
// in the message ("op 2 van de 3 plaatsen"), the organisation's own reason quoted, "jullie" (not
// counted in a public channel, flagged in a letter), letters in a row and enumerators that are no
// "u", a "Je" after a colon, and the majority form in a press release.
import type { DocumentType } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import { addressRules } from '../../../../shared/checks/rules/address';
import { runRule } from './run-rule';

const WEB_REASON =
  'Afspraak 22: In het infoblad, de website en sociale media spreken we de lezer aan met je.';
const LETTER_REASON = 'Afspraak 22: In brieven en uitnodigingen gebruiken we de zakelijke u-vorm.';

const check = (text: string, type: DocumentType) => {
  const findings = runRule(addressRules, text, type);
  return {
    findings: findings.map((f) => [f.rule, f.agreement, f.severity, f.message]),
    places: findings.flatMap(placesOf).map((p) => [p.excerpt, p.fix?.replacement ?? p.suggestion ?? null]),
  };
};

describe('address: what the writer reads', () => {
  it('counts the wrong places among all of them, and quotes the note', () => {
    expect(check('Heeft u vragen? Je kan ons bellen. Uw aanvraag is binnen.', 'website')).toEqual({
      findings: [
        [
          'address.form',
          22,
          'warning',
          `Deze tekst spreekt de lezer op 2 van de 3 plaatsen aan met u; voor een webtekst is dat je. ${WEB_REASON}`,
        ],
      ],
      places: [
        ['Heeft u', 'Heb je'],
        ['Uw', 'Je'],
      ],
    });
  });

  it('gives no count when every place is wrong', () => {
    expect(check('Heeft u vragen? U kan ons bellen.', 'website').findings).toEqual([
      [
        'address.form',
        22,
        'warning',
        `Deze tekst spreekt de lezer aan met u; voor een webtekst is dat je. ${WEB_REASON}`,
      ],
    ]);
  });

  it('neither flags nor counts "jullie" in a public channel', () => {
    const { findings, places } = check(
      'Jullie aanvraag is binnen. U krijgt antwoord. Je hoort van ons.',
      'website',
    );
    expect(findings.map((f) => f[3])).toEqual([
      `Deze tekst spreekt de lezer op 1 van de 2 plaatsen aan met u; voor een webtekst is dat je. ${WEB_REASON}`,
    ]);
    expect(places).toEqual([['U', 'Je']]);
  });

  it('flags and counts "jullie" in a letter, as advice (the verb needs a reader)', () => {
    const { findings, places } = check('Geachte,\nJullie aanvraag is binnen. U krijgt antwoord.', 'brief');
    expect(findings.map((f) => f[3])).toEqual([
      `Deze tekst spreekt de lezer op 1 van de 2 plaatsen aan met je; voor een brief is dat u. ${LETTER_REASON}`,
    ]);
    expect(places).toEqual([
      ['Jullie', "Schrijf 'u' (of 'uw') en pas het werkwoord aan: 'jullie zijn' wordt 'u bent'."],
    ]);
  });

  it('reads a capital "Je" after a colon as the writer addressing the reader', () => {
    expect(check('Onthoud dit: Je hoeft niets te doen. U krijgt een brief.', 'brief').places).toEqual([
      ['Je', 'U'],
    ]);
  });
});

describe('address: a "U" that is a letter', () => {
  it.each([
    ['letters in a row', 'Je parkeert in de zones T, U en V.'],
    ['an enumerator', 'Je kiest uit twee mogelijkheden: U) zwemmen of V) lopen.'],
  ])('leaves %s alone', (_name, text) => {
    expect(runRule(addressRules, text, 'website')).toEqual([]);
  });
});

describe('address: a press release keeps its majority form', () => {
  it('does not count "jullie" in the mix', () => {
    const { findings, places } = check(
      'Jullie zijn welkom. Je kan inschrijven. Heeft u vragen? Bel ons. Je betaalt ter plaatse.',
      'persbericht',
    );
    expect(findings.map((f) => f[3])).toEqual([
      "Deze tekst gebruikt zowel 'je' (2 keer) als 'u' (1 keer). Kies één aanspreekvorm (afspraak 22: je-vorm in de publiekskanalen, u-vorm in correspondentie en dossiers).",
    ]);
    expect(places).toEqual([['Heeft u', 'Heb je']]);
  });

  it('rewrites the single je of a release written with u', () => {
    expect(
      check('U kan inschrijven. U betaalt ter plaatse. Heb je vragen? Bel ons.', 'persbericht').places,
    ).toEqual([['Heb je', 'Hebt u']]);
  });
});
