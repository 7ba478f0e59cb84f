import { placesOf } from '../../../../shared/checks/finding';
import { addressRules } from '../../../../shared/checks/rules/address';
import type { DocumentType } from '../../../../shared/checks';
import { runRule } from './run-rule';

const pick = (text: string, type: DocumentType) =>
  runRule(addressRules, text, type)
    .flatMap(placesOf)
    .map((p) => [p.excerpt, p.fix ? p.fix.replacement : null]);

describe('address form (agreement 22)', () => {
  it.each<[string, DocumentType, string]>([
    ['je-vorm on the website', 'website', 'Heb je vragen? Je kan ons bellen. Jouw aanvraag is binnen.'],
    ['u-vorm in a letter', 'brief', 'Heeft u vragen? U kan ons bellen. Uw aanvraag is binnen.'],
    ['"u" inside a quote', 'infoblad', 'Je bent welkom. "Komt u ook eens kijken?", vraagt de redder.'],
    [
      '"u" inside curly quotes in Dutch style',
      'infoblad',
      'Je bent welkom. „Bent u er ook bij?” staat op de affiche.',
    ],
    ['reported speech', 'website', 'De schepen zegt: u moet niet bang zijn. Je vindt alle info hier.'],
    ['"u" as the hour', 'infoblad', 'Het zwembad is open van 7 u tot 21u. Je betaalt 3 euro.'],
    ['"U" as a letter in a list', 'website', 'Je vindt het formulier in bijlage U van het reglement.'],
    [
      'abbreviations: t.a.v. and U-bocht',
      'infoblad',
      'Let op de U-bocht t.a.v. de school. Je rijdt er traag.',
    ],
    [
      '"je" in a fixed name',
      'brief',
      "Jeugdhuis 't Je viert feest. Het programma Je Zal Het Maar Zijn komt langs. U bent welkom.",
    ],
    ['"je" in French', 'brief', 'Het lied heet Je ne regrette rien. U hoort het op de receptie.'],
    ['jullie in a public channel', 'sociale-media', 'Jullie waren met velen! Bedankt om te komen.'],
    [
      'a press release in one form',
      'persbericht',
      'De gemeente opent een nieuw zwembad. Je kan er vanaf maandag zwemmen.',
    ],
    ['one form with diacritics around it', 'website', 'Één financiële tip: je spaart met zonnepanelen.'],
    ['"de letter u" in lower case', 'infoblad', 'Het woord begint met de letter u. Je leest het hier.'],
    ['an empty document', 'brief', ''],
  ])('accepts %s', (_name, type, text) => {
    expect(runRule(addressRules, text, type)).toEqual([]);
  });

  it('flags u-vorm in the infoblad with the je-form and the verb that goes with it', () => {
    expect(
      pick(
        'Heeft u een beurtenkaart? Uw kinderen zwemmen gratis. U heeft recht op één financiële tegemoetkoming.',
        'infoblad',
      ),
    ).toEqual([
      ['Heeft u', 'Heb je'],
      ['Uw', 'Je'],
      ['U heeft', 'Je hebt'],
    ]);
  });

  it('flags je-vorm in a letter with u or uw', () => {
    expect(
      pick(
        'Geachte,\nJe betaalt de financiële bijdrage binnen één maand. Ben je het niet eens, dan kan je bezwaar indienen tegen je aanslag. Wij helpen jou graag.',
        'brief',
      ),
    ).toEqual([
      ['Je', 'U'],
      ['Ben je', 'Bent u'],
      ['kan je', 'kunt u'],
      ['je', 'uw'],
      ['jou', 'u'],
    ]);
  });

  it('reads a heading in capitals like any other text', () => {
    expect(pick('WAT JE MOET WETEN\nU vindt hier alle informatie.', 'brief')).toEqual([['JE', 'U']]);
  });

  it('flags jij and jullie in an invitation', () => {
    // "jullie gezin" is plural and possessive: "uw gezin" needs a reader's eye, so advice only.
    expect(pick('Jij en jullie gezin zijn welkom.', 'uitnodiging')).toEqual([
      ['Jij', 'U'],
      ['jullie', null],
    ]);
  });

  it('flags the rarer form where a press release mixes both', () => {
    const f = runRule(
      addressRules,
      'Je kan inschrijven tot maandag. Je betaalt ter plaatse. Heeft u vragen, bel dan de dienst.',
      'persbericht',
    );
    expect(f.map((x) => [x.excerpt, x.fix?.replacement, x.severity])).toEqual([
      ['Heeft u', 'Heb je', 'warning'],
    ]);
    expect(f[0].message).toContain('zowel');
  });

  it('still flags "u" outside the quote in the same paragraph', () => {
    expect(pick('"Dit is mooi", zegt de schepen. Bent u er ook bij?', 'website')).toEqual([
      ['Bent u', 'Ben je'],
    ]);
  });
});
