// Agreement 36 at its edges (issue 18, aimed at what the signature tables let through): the exact
// message and suggestion a writer reads for each finding, an invitation named as one, the
// portfolio as the letter wrote it, the chair of the council outside the council's business,
// an organisation file without a director or burgemeester, and a blank document.
import { signatureRules } from '../../../../shared/checks/rules/signature';
import type { DocumentType, Finding } from '../../../../shared/checks';
import type { EffectiveOrganisation } from '../../../../shared/organisation';
import { zilverbeek } from './rule-context';
import { runRule } from './run-rule';

const letter = (subject: string, signatures: string[]) =>
  [
    `Betreft: ${subject}`,
    '',
    'Geachte,',
    'Wij bevestigen de afspraak.',
    '',
    'Met vriendelijke groeten,',
    '',
    ...signatures,
  ].join('\n');

const read = (text: string, type: DocumentType, org: EffectiveOrganisation = zilverbeek()) =>
  runRule(signatureRules, text, type, org).map((f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    excerpt: f.excerpt,
    message: f.message,
    suggestion: f.suggestion,
  }));

const variantOne = zilverbeek((o) => ({
  ...o,
  agreements: { ...o.agreements, variants: { ...o.agreements?.variants, 36: 1 } },
}));

describe('signature: what the writer reads', () => {
  it('under variant 1 names the invitation and the burgemeester to sign instead of the schepen', () => {
    const text = letter('opening van de bibliotheek', [
      'De algemeen directeur\t\tDe schepen van cultuur',
      'Hilde Dewilde\t\tKoen Maes',
    ]);
    expect(read(text, 'uitnodiging', variantOne)).toEqual([
      {
        rule: 'signature.mandatary-missing',
        severity: 'error',
        excerpt: 'De algemeen directeur\t\tDe schepen van cultuur\nHilde Dewilde\t\tKoen Maes',
        message:
          'De burgemeester ondertekent deze uitnodiging niet. Jullie afspraak 36 (variant): alle briefwisseling en uitnodigingen worden ondertekend door de algemeen directeur en de burgemeester.',
        suggestion: 'Laat burgemeester An Peeters ondertekenen.',
      },
      {
        rule: 'signature.not-competent',
        severity: 'error',
        excerpt: 'Koen Maes',
        message:
          'Volgens jullie afspraak 36 (variant) ondertekenen alleen de algemeen directeur en de burgemeester; schepen Koen Maes tekent niet mee.',
        suggestion: 'Vervang deze handtekening door die van burgemeester An Peeters.',
      },
    ]);
  });

  it('under variant 1 accepts the algemeen directeur with the burgemeester', () => {
    const text = letter('opening van de bibliotheek', [
      'De algemeen directeur\t\tDe burgemeester',
      'Hilde Dewilde\t\tAn Peeters',
    ]);
    expect(read(text, 'brief', variantOne)).toEqual([]);
  });

  it('names a schepen the file does not know by the portfolio as written, accents included', () => {
    const text = letter('subsidie cultuurcentrum', [
      'De algemeen directeur\t\tDe schepen van financiën',
      'Hilde Dewilde\t\tPiet Onbekend',
    ]);
    expect(read(text, 'brief')).toEqual([
      {
        rule: 'signature.not-competent',
        severity: 'error',
        excerpt: 'Piet Onbekend',
        message:
          'De schepen van financiën is niet bevoegd voor het onderwerp van deze brief (bevoegd: schepen Koen Maes). Afspraak 36: geen medeondertekening door niet-bevoegde schepenen.',
        suggestion: 'Laat schepen Koen Maes ondertekenen in plaats van de schepen van financiën.',
      },
      {
        rule: 'signature.mandatary-missing',
        severity: 'error',
        excerpt: 'De algemeen directeur\t\tDe schepen van financiën\nHilde Dewilde\t\tPiet Onbekend',
        message:
          'Geen bevoegde mandataris ondertekent deze brief. Afspraak 36: de algemeen directeur en de bevoegde mandataris ondertekenen; voor dit onderwerp is dat burgemeester An Peeters of schepen Koen Maes.',
        suggestion: 'Laat burgemeester An Peeters of schepen Koen Maes mee ondertekenen.',
      },
    ]);
  });

  it('lists every competent schepen, the last one after "of"', () => {
    const text = letter('sport en cultuur in de zomer', [
      'Hilde Dewilde, algemeen directeur',
      'Jan Wouters, schepen',
    ]);
    const found = read(text, 'uitnodiging');
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([
      ['signature.not-competent', 'Jan Wouters, schepen'],
      ['signature.mandatary-missing', 'Hilde Dewilde, algemeen directeur\nJan Wouters, schepen'],
    ]);
    expect(found[0].message).toBe(
      'Schepen Jan Wouters is niet bevoegd voor het onderwerp van deze uitnodiging (bevoegd: schepen Koen Maes of schepen Sofie Claes). Afspraak 36: geen medeondertekening door niet-bevoegde schepenen.',
    );
    expect(found[0].suggestion).toBe(
      'Laat schepen Koen Maes of schepen Sofie Claes ondertekenen in plaats van schepen Jan Wouters.',
    );
    expect(found[1].suggestion).toBe(
      'Laat burgemeester An Peeters, schepen Koen Maes of schepen Sofie Claes mee ondertekenen.',
    );
  });

  it("holds the chair of the council to the council's business: a sportkamp is not", () => {
    const text = letter('inschrijving sportkamp', [
      'De algemeen directeur\t\tDe voorzitter van de gemeenteraad',
      'Hilde Dewilde\t\tMarc Vermeulen',
    ]);
    const found = read(text, 'brief');
    expect(found.map((f) => [f.rule, f.severity, f.excerpt])).toEqual([
      ['signature.not-competent', 'error', 'Marc Vermeulen'],
      ['signature.mandatary-missing', 'error', expect.stringContaining('Marc Vermeulen')],
    ]);
    expect(found[0].message).toMatch(/^Voorzitter van de gemeenteraad Marc Vermeulen is niet bevoegd /);
    expect(found[0].message).toContain('(bevoegd: schepen Sofie Claes)');
  });

  it('wants only the burgemeester when the subject names no portfolio and staff signed', () => {
    const text = letter('uw brief', ['Hilde Dewilde, algemeen directeur', 'Pieter Van Damme, diensthoofd']);
    expect(read(text, 'brief')).toEqual([
      {
        rule: 'signature.mandatary-missing',
        severity: 'error',
        excerpt: 'Hilde Dewilde, algemeen directeur\nPieter Van Damme, diensthoofd',
        message:
          'Geen bevoegde mandataris ondertekent deze brief. Afspraak 36: de algemeen directeur en de bevoegde mandataris ondertekenen; voor dit onderwerp is dat burgemeester An Peeters.',
        suggestion: 'Laat burgemeester An Peeters mee ondertekenen.',
      },
    ]);
  });

  it('names the director in the suggestion, and reads an invitation without a signature as a whole', () => {
    const found = runRule(
      signatureRules,
      'Geachte,\nDe sporthal sluit in maart. Wij danken u voor uw begrip en uw geduld tijdens de werken.',
      'uitnodiging',
    );
    expect(found.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['signature.director-missing', 0, 0],
      ['signature.mandatary-missing', 0, 0],
    ]);
    expect(found[0].message).toBe(
      'De algemeen directeur ondertekent deze uitnodiging niet. Afspraak 36: briefwisseling wordt ondertekend door de algemeen directeur en de bevoegde mandataris.',
    );
    expect(found[0].suggestion).toBe('Voeg de handtekening toe van de algemeen directeur (Hilde Dewilde).');
  });
});

describe('signature: whom the judgement rests on', () => {
  const signedBy = (title: string, name: string) =>
    read(
      letter('subsidie cultuurcentrum', [`De algemeen directeur\t\t${title}`, `Hilde Dewilde\t\t${name}`]),
      'brief',
    );

  it('does not judge a schepen with neither a known name nor a portfolio', () => {
    expect(signedBy('De schepen', 'Piet Onbekend')).toEqual([]);
  });

  it("judges a known schepen by the file's portfolio, not by a title written wrongly", () => {
    expect(signedBy('De schepen van sport', 'Koen Maes')).toEqual([]);
    expect(signedBy('De schepen van cultuur', 'Sofie Claes').map((f) => [f.rule, f.excerpt])).toEqual([
      ['signature.not-competent', 'Sofie Claes'],
      ['signature.mandatary-missing', expect.stringContaining('Sofie Claes')],
    ]);
  });
});

describe("signature: a chair for their own body's business", () => {
  const withChair = zilverbeek((o) => ({
    ...o,
    people: [...o.people, { name: 'Rita Claeys', role: 'voorzitter-bijzonder-comite', portfolio: [] }],
  }));
  const signedByChair = (subject: string) =>
    read(
      letter(subject, [
        'De algemeen directeur\t\tDe voorzitter van het bijzonder comité',
        'Hilde Dewilde\t\tRita Claeys',
      ]),
      'brief',
      withChair,
    );

  it('accepts the chair of the bijzonder comité for a leefloon, without a portfolio in the file', () => {
    expect(signedByChair('uw aanvraag voor een leefloon bij de sociale dienst')).toEqual([]);
  });

  it('holds the same chair to the comité: a cultuurcentrum is not its business', () => {
    expect(signedByChair('subsidie cultuurcentrum').map((f) => [f.rule, f.excerpt])).toEqual([
      ['signature.not-competent', 'Rita Claeys'],
      ['signature.mandatary-missing', expect.stringContaining('Rita Claeys')],
    ]);
  });

  it('judges someone standing in as schepen by the portfolio written with the title', () => {
    const text = letter('subsidie cultuurcentrum', [
      'De algemeen directeur\t\tDe wnd. schepen van cultuur',
      'Hilde Dewilde\t\tMarc Vermeulen',
    ]);
    expect(read(text, 'brief')).toEqual([]);
  });
});

describe('signature: an organisation file without a director or a burgemeester', () => {
  const headless = zilverbeek((o) => ({
    ...o,
    people: o.people.filter((p) => p.role !== 'algemeen-directeur' && p.role !== 'burgemeester'),
  }));

  it('asks for "the" director and "the" competent mandataris, naming nobody', () => {
    const text = letter('uw brief', ['Pieter Van Damme, diensthoofd']);
    expect(read(text, 'brief', headless)).toEqual([
      {
        rule: 'signature.director-missing',
        severity: 'error',
        excerpt: 'Pieter Van Damme, diensthoofd',
        message:
          'De algemeen directeur ondertekent deze brief niet. Afspraak 36: briefwisseling wordt ondertekend door de algemeen directeur en de bevoegde mandataris.',
        suggestion: 'Voeg de handtekening toe van de algemeen directeur.',
      },
      {
        rule: 'signature.mandatary-missing',
        severity: 'error',
        excerpt: 'Pieter Van Damme, diensthoofd',
        message:
          'Geen bevoegde mandataris ondertekent deze brief. Afspraak 36: de algemeen directeur en de bevoegde mandataris ondertekenen.',
        suggestion: 'Laat de bevoegde mandataris mee ondertekenen.',
      },
    ]);
  });

  it('under variant 1 asks for "the" burgemeester', () => {
    const org = zilverbeek((o) => ({
      ...o,
      people: o.people.filter((p) => p.role !== 'burgemeester'),
      agreements: { ...o.agreements, variants: { ...o.agreements?.variants, 36: 1 } },
    }));
    const text = letter('opening van de bibliotheek', [
      'De algemeen directeur\t\tDe schepen van cultuur',
      'Hilde Dewilde\t\tKoen Maes',
    ]);
    expect(read(text, 'brief', org).map((f) => f.suggestion)).toEqual([
      'Laat de burgemeester ondertekenen.',
      'Vervang deze handtekening door die van de burgemeester.',
    ]);
  });
});

describe('signature: nothing to read', () => {
  it('finds nothing in a letter of blank lines', () => {
    expect(runRule(signatureRules, '  \n \n', 'brief')).toEqual([]);
  });
});
